package main

import "fmt"

func apply[T any](xs []T, f func(T) T) []T {
	for i := range xs {
		xs[i] = f(xs[i])
	}
	return xs
}

type Num interface{ int | float64 }

func sum[T Num](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	fmt.Println(apply([]int{1}, func(s string) string { return s }))
	fmt.Println(sum([]string{"a"}))
	var n Num
	_ = n
	fmt.Println(sum[int, int]([]int{1}))
}
