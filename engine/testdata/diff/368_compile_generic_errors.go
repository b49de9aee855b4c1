package main

import "fmt"

func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Number interface{ int | float64 }

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Box[T any] struct{ v T }

func (b Box[T]) Get[U any]() U { var u U; return u }

func main() {
	fmt.Println(Map([]int{1}, nil))
	fmt.Println(Sum(1, 2.5), Sum("a"), Sum[string]())
	var b Box
	fmt.Println(b)
	x := Map[int]([]int{1}, func(s string) int { return 0 })
	fmt.Println(x)
}
