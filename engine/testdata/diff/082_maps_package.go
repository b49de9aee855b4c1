package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	stock := map[string]int{"apple": 5, "pear": 0, "fig": 12, "kiwi": 3}
	keys := slices.Sorted(maps.Keys(stock))
	fmt.Println(keys)
	vals := slices.Sorted(maps.Values(stock))
	fmt.Println(vals)
	backup := maps.Clone(stock)
	delete(stock, "pear")
	stock["apple"]--
	fmt.Println(stock, backup, maps.Equal(stock, backup))
	maps.DeleteFunc(backup, func(k string, v int) bool { return v == 0 })
	fmt.Println(backup)
	extra := map[string]int{"lime": 4, "fig": 1}
	maps.Copy(stock, extra)
	fmt.Println(stock)
	inverted := map[int][]string{}
	for _, k := range slices.Sorted(maps.Keys(stock)) {
		inverted[stock[k]] = append(inverted[stock[k]], k)
	}
	fmt.Println(inverted)
	collected := maps.Collect(maps.All(map[string]bool{"x": true}))
	fmt.Println(collected, len(collected))
	var nilMap map[string]int
	fmt.Println(maps.Clone(nilMap) == nil, len(slices.Collect(maps.Keys(nilMap))))
	total := 0
	for _, v := range maps.All(stock) {
		total += v
	}
	fmt.Println("total", total)
}
