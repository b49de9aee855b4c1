package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func Take[T any](s iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range s {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Filter[T any](s iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range s {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		na, sa := iter.Pull(a)
		defer sa()
		nb, sb := iter.Pull(b)
		defer sb()
		for {
			x, ok1 := na()
			y, ok2 := nb()
			if !ok1 || !ok2 || !yield(x, y) {
				return
			}
		}
	}
}

func main() {
	fmt.Println(slices.Collect(Take(Fib(), 10)))
	evens := Filter(Fib(), func(n int) bool { return n%2 == 0 })
	fmt.Println(slices.Collect(Take(evens, 5)))
	for i, f := range Zip(slices.Values([]string{"a", "b", "c"}), Fib()) {
		fmt.Print(i, "=", f, " ")
	}
	fmt.Println()
	next, stop := iter.Pull(Take(Fib(), 3))
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Print(v, ";")
	}
	stop()
	v, ok := next()
	fmt.Println(v, ok)
	nk, stopk := iter.Pull2(maps.All(map[string]int{"only": 1}))
	k1, v1, ok1 := nk()
	k2, v2, ok2 := nk()
	stopk()
	fmt.Println(k1, v1, ok1, k2, v2, ok2)
	ns, stops := iter.Pull(strings.SplitSeq("x,y,z", ","))
	s1, _ := ns()
	stops()
	s2, ok3 := ns()
	fmt.Printf("%q %q %v\n", s1, s2, ok3)
	counts := map[string]int{}
	for w := range strings.FieldsSeq("the cat and the hat and the bat") {
		counts[w]++
	}
	keys := slices.SortedFunc(maps.Keys(counts), func(a, b string) int {
		if counts[a] != counts[b] {
			return counts[b] - counts[a]
		}
		return strings.Compare(a, b)
	})
	fmt.Println(keys)
	for k, v := range maps.All(map[int]string{1: "one"}) {
		fmt.Println(k, v)
	}
	idx := slices.IndexFunc(keys, func(s string) bool { return strings.HasSuffix(s, "at") })
	fmt.Println(idx, slices.ContainsFunc(keys, func(s string) bool { return len(s) > 3 }))
	defer func() { fmt.Println("recovered:", recover()) }()
	for v := range Take(Fib(), 5) {
		if v == 3 {
			panic(fmt.Sprintf("stop at %d", v))
		}
	}
}
