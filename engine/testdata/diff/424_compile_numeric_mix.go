package main

import (
	"fmt"
	"sort"
)

type Item struct {
	Name  string
	Price float64
}

func total(items []Item) float64 {
	sum := 0
	for _, it := range items {
		sum += it.Price
	}
	return sum
}

func main() {
	items := []Item{{"a", 1.5}, {"b", 2}}
	sort.Slice(items, func(i, j int) bool { return items[i].Price < items[j].Price })
	fmt.Println(total(items))
	var count int = len(items) * 1.5
	fmt.Println(count)
}
