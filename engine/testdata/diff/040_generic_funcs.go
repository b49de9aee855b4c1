package main

import (
	"cmp"
	"fmt"
	"strconv"
	"strings"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float64
}

func Map[T, U any](s []T, f func(T) U) []U {
	out := make([]U, 0, len(s))
	for _, v := range s {
		out = append(out, f(v))
	}
	return out
}

func Filter[T any](s []T, keep func(T) bool) []T {
	var out []T
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func Reduce[T, A any](s []T, init A, f func(A, T) A) A {
	acc := init
	for _, v := range s {
		acc = f(acc, v)
	}
	return acc
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func MaxOf[T cmp.Ordered](first T, rest ...T) T {
	m := first
	for _, v := range rest {
		if v > m {
			m = v
		}
	}
	return m
}

func Index[T comparable](s []T, v T) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return -1
}

type Score int

func main() {
	nums := []int{1, 2, 3, 4, 5, 6}
	sq := Map(nums, func(n int) int { return n * n })
	strs := Map(sq, strconv.Itoa)
	fmt.Println(sq, strings.Join(strs, "+"))
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	fmt.Println(evens, Reduce(evens, "", func(a string, n int) string { return a + fmt.Sprint(n) }))
	fmt.Println(Sum(1.5, 2.25), Sum[int32](1, 2, 3), Sum(Score(10), Score(20)))
	fmt.Printf("%T %v\n", Sum(Score(1)), Sum[float64]())
	fmt.Println(MaxOf(3, 9, 2), MaxOf("pear", "apple", "zoo"), MaxOf(2.5))
	fmt.Println(Index([]string{"a", "b"}, "b"), Index([]Score{5, 6}, 7))
}
