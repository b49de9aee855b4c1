package main

import (
	"fmt"
	"sort"
)

type Inventory map[string]int

func (inv Inventory) Remove(item string, n int) error {
	have, ok := inv[item]
	if !ok {
		return fmt.Errorf("no %s in stock", item)
	}
	if have < n {
		return fmt.Errorf("only %d %s left", have, item)
	}
	inv[item] -= n
	if inv[item] == 0 {
		delete(inv, item)
	}
	return nil
}

func main() {
	inv := Inventory{"apple": 5, "pear": 2}
	inv["kiwi"] += 7
	fmt.Println(inv, len(inv))
	for _, r := range []struct {
		item string
		n    int
	}{{"apple", 3}, {"pear", 5}, {"plum", 1}, {"pear", 2}} {
		if err := inv.Remove(r.item, r.n); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Println(inv)
	v, ok := inv["pear"]
	fmt.Println(v, ok)
	var nilMap map[string]int
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)
	delete(nilMap, "x")
	for k := range nilMap {
		fmt.Println("never", k)
	}
	keys := make([]string, 0, len(inv))
	for k := range inv {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
	m := map[int]string{3: "c", 1: "a", 2: "b", -5: "neg"}
	fmt.Println(m)
	fmt.Printf("%v %d\n", m, len(m))
	clear(m)
	fmt.Println(m, len(m))
	fl := map[float64]string{2.5: "x", -1: "y", 0: "z"}
	fmt.Println(fl)
	bm := map[bool]int{true: 1, false: 0}
	fmt.Println(bm)
}
