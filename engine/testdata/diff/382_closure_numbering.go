package main

import (
	"fmt"
	"iter"
	"slices"
)

func words() iter.Seq[string] {
	return slices.Values([]string{"alpha", "beta", "gamma"})
}

func lengths() []int {
	var out []int
	for w := range words() {
		out = append(out, len(w))
	}
	check := func(n int) int {
		if n > 4 {
			return n
		}
		var empty []int
		return empty[n]
	}
	total := 0
	for _, n := range out {
		total += check(n)
	}
	return append(out, total)
}

func main() {
	fmt.Println(lengths())
}
