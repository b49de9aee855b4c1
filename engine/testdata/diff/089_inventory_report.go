package main

import (
	"fmt"
	"sort"
	"strings"
)

type Product struct {
	SKU      string
	Name     string
	Category string
	Price    float64
	Stock    int
}

type Inventory struct {
	products map[string]*Product
}

func (inv *Inventory) Add(p Product) error {
	if _, dup := inv.products[p.SKU]; dup {
		return fmt.Errorf("duplicate SKU %s", p.SKU)
	}
	inv.products[p.SKU] = &p
	return nil
}

func (inv *Inventory) ByCategory() map[string][]*Product {
	out := map[string][]*Product{}
	for _, p := range inv.products {
		out[p.Category] = append(out[p.Category], p)
	}
	for _, ps := range out {
		sort.Slice(ps, func(i, j int) bool { return ps[i].SKU < ps[j].SKU })
	}
	return out
}

func main() {
	inv := &Inventory{products: map[string]*Product{}}
	for _, p := range []Product{
		{"A-1", "hammer", "tools", 12.5, 10}, {"B-7", "glue", "supplies", 3.99, 0},
		{"A-2", "saw", "tools", 24, 3}, {"C-3", "tape", "supplies", 2.25, 40},
		{"A-1", "mallet", "tools", 15, 1},
	} {
		if err := inv.Add(p); err != nil {
			fmt.Println("error:", err)
		}
	}
	groups := inv.ByCategory()
	cats := make([]string, 0, len(groups))
	for c := range groups {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	grand := 0.0
	for _, c := range cats {
		fmt.Println(strings.ToUpper(c))
		for _, p := range groups[c] {
			value := p.Price * float64(p.Stock)
			grand += value
			flag := ""
			if p.Stock == 0 {
				flag = " (out of stock)"
			}
			fmt.Printf("  %-4s %-8s %3d x %6.2f = %8.2f%s\n", p.SKU, p.Name, p.Stock, p.Price, value, flag)
		}
	}
	fmt.Printf("total value: %.2f\n", grand)
}
