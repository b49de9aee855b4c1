package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Celsius float64
type Meters int

type Numeric interface{ ~int | ~float64 }

func Average[T Numeric](xs []T) T {
	if len(xs) == 0 {
		return 0
	}
	var s T
	for _, x := range xs {
		s += x
	}
	return s / T(len(xs))
}

type Set[T comparable] map[T]struct{}

func NewSet[T comparable](items ...T) Set[T] {
	s := Set[T]{}
	for _, it := range items {
		s[it] = struct{}{}
	}
	return s
}

func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }

func Sorted[T cmp.Ordered](s Set[T]) []T {
	out := make([]T, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

type Shower interface{ Show() string }

type Labeled[T any] struct {
	Label string
	Value T
}

func (l Labeled[T]) Show() string { return fmt.Sprintf("%s: %v", l.Label, l.Value) }

func ShowAll[S ~[]E, E Shower](items S) []string {
	var out []string
	for _, it := range items {
		out = append(out, it.Show())
	}
	return out
}

func Clamp[T cmp.Ordered](v, lo, hi T) T { return min(max(v, lo), hi) }

func main() {
	fmt.Println(Average([]Celsius{20.5, 22, 19}), Average([]Meters{10, 15, 21}), Average([]int{}))
	s := NewSet("go", "c", "go", "ada")
	fmt.Println(len(s), s.Has("c"), s.Has("java"), Sorted(s))
	n := NewSet(3, 1, 2, 3)
	fmt.Println(Sorted(n), n)
	items := []Labeled[int]{{"a", 1}, {"b", 2}}
	fmt.Println(ShowAll(items))
	fmt.Println(Clamp(15, 0, 10), Clamp(-2.5, -1, 1), Clamp("m", "a", "k"))
	fmt.Printf("%T %T\n", Average[Celsius], s)
}
