package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Item struct {
	Name string
	Tags []string
}

func main() {
	items := []Item{{"b", []string{"x"}}, {"a", nil}, {"c", []string{"y"}}}
	slices.SortFunc(items, func(a, b Item) int { return strings.Compare(a.Name, b.Name) })
	fmt.Println(items)
	words := strings.FieldsFunc("a,b;;c", func(r rune) bool { return r == ',' || r == ';' })
	fmt.Println(words)
	sort.Slice(items, func(i, j int) bool {
		return items[i].Tags[0] < items[j].Tags[0]
	})
	fmt.Println(items)
}
