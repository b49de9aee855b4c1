package main

import "fmt"

type Number interface{ ~int | ~float64 }

type Matrix[T Number] struct {
	rows, cols int
	data       []T
}

func New[T Number](r, c int) *Matrix[T] {
	return &Matrix[T]{r, c, make([]T, r*c)}
}

func (m *Matrix[T]) At(r, c int) T { return m.data[r*m.cols+c] }

func (m *Matrix[T]) Set(r, c int, v T) { m.data[r*m.cols+c] = v }

func Sum[T Number](m *Matrix[T]) T {
	var s T
	for r := 0; r <= m.rows; r++ {
		for c := 0; c < m.cols; c++ {
			s += m.At(r, c)
		}
	}
	return s
}

func Apply[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	m := New[float64](2, 2)
	m.Set(0, 0, 1.5)
	m.Set(1, 1, 2.5)
	fmt.Println(m.At(1, 1), len(m.data))
	fmt.Println(Apply([]int{1, 2, 3}, func(i int) string { return fmt.Sprint(i * i) }))
	mi := New[int](1, 3)
	mi.Set(0, 2, 9)
	fmt.Printf("%v %T\n", mi.data, mi)
	fmt.Println(Sum(mi))
}
