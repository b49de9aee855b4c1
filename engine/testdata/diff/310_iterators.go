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

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
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

func Enumerate[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree) All() iter.Seq[int] {
	return func(yield func(int) bool) { t.walk(yield) }
}

func (t *Tree) walk(yield func(int) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.walk(yield) && yield(t.Val) && t.Right.walk(yield)
}

func main() {
	fmt.Println(slices.Collect(Take(Fib(), 12)))
	for v := range Fib() {
		if v > 100 {
			fmt.Println("first fib over 100:", v)
			break
		}
	}
	for i, s := range Enumerate([]string{"a", "b", "c"}) {
		if i == 1 {
			continue
		}
		fmt.Print(i, s, " ")
	}
	fmt.Println()
	var root *Tree
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35} {
		root = root.Insert(v)
	}
	fmt.Println(slices.Collect(root.All()))
	next, stop := iter.Pull(root.All())
	for range 3 {
		v, ok := next()
		fmt.Print(v, ok, " ")
	}
	stop()
	v, ok := next()
	fmt.Println(v, ok)
	m := map[string]int{"x": 1, "y": 2, "z": 3, "w": 0}
	fmt.Println(slices.Sorted(maps.Keys(m)), slices.Sorted(maps.Values(m)))
	for i, w := range slices.Backward([]string{"p", "q", "r"}) {
		fmt.Print(i, w)
	}
	fmt.Println()
	for part := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("%q ", part)
	}
	fmt.Println()
	for i := range 3 {
		defer fmt.Print(i, " ")
	}
	chunks := slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5}, 2))
	fmt.Println(chunks, slices.Collect(maps.Keys(map[int]bool{})) == nil)
	fmt.Println(strings.Join(slices.Collect(strings.FieldsSeq(" go is  fun ")), "+"))
}
