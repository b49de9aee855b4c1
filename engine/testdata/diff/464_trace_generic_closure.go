package main

import "fmt"

func MapE[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for i, x := range xs {
		func() {
			defer func() {
				if r := recover(); r != nil {
					panic(fmt.Sprintf("element %d: %v", i, r))
				}
			}()
			out = append(out, f(x))
		}()
	}
	return out
}

type Inventory struct{ stock map[string]int }

func (inv Inventory) Ratio(item string) float64 {
	return 100 / float64(inv.stock[item])
}

func (inv *Inventory) Take(item string) int {
	left := inv.stock[item] - 1
	return 10 / left
}

func main() {
	inv := &Inventory{stock: map[string]int{"apple": 3, "pear": 1}}
	fmt.Println(MapE([]string{"apple"}, inv.Ratio))
	fmt.Println(MapE([]string{"apple", "pear"}, inv.Take))
}
