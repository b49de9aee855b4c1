package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func Max[T int | float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Sum[T any](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	var s Stack
	s.Push(1)
	fmt.Println(Max(1, 2.5), Max("a", "b"), Max[int](1, 2.5))
	var st Stack[int]
	st.Push("x")
}
