package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func Pairs[K comparable, V any](m map[K]V, order []K) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, k := range order {
			if v, ok := m[k]; ok {
				if !yield(k, v) {
					fmt.Println("  (iterator stopped at", k, ")")
					return
				}
			}
		}
	}
}

func Count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("  count cleanup", n)
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func find(target int) (idx int) {
	for i := range Count(10) {
		defer func() { idx *= 10 }()
		if i == target {
			return i
		}
	}
	return -1
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4}
	for k, v := range Pairs(m, []string{"d", "x", "b", "a", "c"}) {
		if v == 1 {
			break
		}
		fmt.Println(k, v)
	}
	fmt.Println("find:", find(3))
outer:
	for i := range Count(3) {
		for j := range Count(3) {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println("pair", i, j)
		}
	}
	evens := Filter(Count(10), func(n int) bool { return n%2 == 0 })
	fmt.Println(slices.Collect(evens))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		for i := range Count(5) {
			if i == 2 {
				panic(fmt.Sprintf("panic in loop body at %d", i))
			}
		}
	}()
	keys := slices.Sorted(maps.Keys(m))
	vals := slices.Collect(maps.Values(map[int]string{1: "x"}))
	fmt.Println(keys, vals)
	for i, v := range slices.All([]string{"p", "q"}) {
		fmt.Print(i, v, ";")
	}
	for v := range slices.Values([]int{7, 8}) {
		fmt.Print(v, ";")
	}
	fmt.Println()
	m2 := maps.Collect(Pairs(m, []string{"a", "b"}))
	fmt.Println(m2, len(m2))
	sortedDesc := slices.SortedFunc(maps.Values(m), func(a, b int) int { return b - a })
	fmt.Println(sortedDesc, slices.IndexFunc(sortedDesc, func(n int) bool { return n < 3 }))
}
