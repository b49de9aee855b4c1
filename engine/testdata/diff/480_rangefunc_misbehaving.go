package main

import (
	"fmt"
	"iter"
)

// Badly written iterator: it ignores yield's result. It logs its calls in
// a deferred function.
func Count(n int) iter.Seq[int] {
	defer func() { calls++ }()
	return func(yield func(int) bool) {
		for i := range n {
			yield(i)
		}
	}
}

var calls int

// Correct iterator for comparison.
func Good(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func firstOver(seq iter.Seq[int], limit int) (int, bool) {
	for v := range seq {
		if v > limit {
			return v, true
		}
	}
	return 0, false
}

func main() {
	fmt.Println(firstOver(Good(10), 3))
	total := 0
	for v := range Count(5) {
		total += v
	}
	fmt.Println("total", total)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(firstOver(Count(10), 3))
	}()
	for v := range Count(4) {
		if v == 1 {
			break
		}
	}
	fmt.Println("unreachable", calls)
}
