// Zip two iterators with iter.Pull: one is a library iterator, the other a
// program iterator that itself ranges over library iterators. Each pulled
// iterator runs as a goroutine of its own while it is live.
package main

import (
	"fmt"
	"iter"
	"maps"
	"runtime"
	"slices"
	"strings"
)

func Zip[A, B any](as iter.Seq[A], bs iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		nextA, stopA := iter.Pull(as)
		defer stopA()
		nextB, stopB := iter.Pull(bs)
		defer stopB()
		fmt.Println("  live goroutines while zipping:", runtime.NumGoroutine())
		for {
			a, okA := nextA()
			b, okB := nextB()
			if !okA || !okB || !yield(a, b) {
				return
			}
		}
	}
}

func words(text string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for line := range strings.Lines(text) {
			for w := range strings.FieldsSeq(line) {
				if !yield(strings.ToUpper(w)) {
					return
				}
			}
		}
	}
}

func main() {
	ranks := map[string]int{"gold": 1, "silver": 2, "bronze": 3}
	names := slices.Sorted(maps.Keys(ranks))
	fmt.Println("goroutines before:", runtime.NumGoroutine())
	for n, w := range Zip(slices.Values(names), words("red green\nblue\nwhite black")) {
		fmt.Println(n, ranks[n], w)
	}
	fmt.Println("goroutines after:", runtime.NumGoroutine())

	next, stop := iter.Pull2(Zip(slices.Values([]int{1, 2, 3}), words("x y")))
	for {
		i, w, ok := next()
		if !ok {
			break
		}
		fmt.Println("pulled pair:", i, w)
	}
	stop()
	fmt.Println("goroutines at the end:", runtime.NumGoroutine())
}
