package main

import (
	"fmt"
	"sort"
)

type Number interface {
	int | float64
}

func Max[T any](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Index[T any](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Box[T any] struct{ v T }

func (b Box[int]) Double() int { return b.v * 2 }

func main() {
	fmt.Println(Max(1, 2), Index([]int{1}, 1))
	fmt.Println(Sum([]int32{1, 2}))
	var n Number
	b := Box{v: 1}
	sort.Ints(Box[int]{}.v)
	fmt.Println(n, b)
	m := map[Box[[]int]]int{}
	_ = m
}
