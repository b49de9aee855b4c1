package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s Stack[T]) Len() int { return len(s.items) }

type Set[K comparable] map[K]struct{}

func NewSet[K comparable](items ...K) Set[K] {
	s := make(Set[K])
	for _, it := range items {
		s[it] = struct{}{}
	}
	return s
}
func (s Set[K]) Has(k K) bool { _, ok := s[k]; return ok }
func (s Set[K]) Union(o Set[K]) Set[K] {
	r := NewSet[K]()
	for k := range s {
		r[k] = struct{}{}
	}
	for k := range o {
		r[k] = struct{}{}
	}
	return r
}

func SortedKeys[K cmp.Ordered, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Filter[T any](xs []T, pred func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if pred(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Number interface {
	~int | ~int64 | ~float64
}

type Celsius float64

func Sum[N Number](xs ...N) N {
	var s N
	for _, x := range xs {
		s += x
	}
	return s
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func main() {
	var st Stack[string]
	for _, w := range strings.Fields("to be or not") {
		st.Push(w)
	}
	for st.Len() > 0 {
		v, _ := st.Pop()
		fmt.Print(v, " ")
	}
	_, ok := st.Pop()
	fmt.Println(ok)
	a, b := NewSet(1, 2, 3), NewSet(3, 4)
	u := a.Union(b)
	fmt.Println(len(u), u.Has(4), u.Has(9), SortedKeys(u))
	nums := []int{1, 2, 3, 4, 5, 6}
	sq := Map(nums, func(n int) string { return fmt.Sprint(n * n) })
	ev := Filter(nums, func(n int) bool { return n%2 == 0 })
	total := Reduce(nums, 0.5, func(acc float64, n int) float64 { return acc + float64(n) })
	fmt.Printf("%q %v %v\n", sq, ev, total)
	fmt.Println(Sum(1.5, 2.25), Sum[int](), Sum(Celsius(10), Celsius(-3.5)))
	fmt.Printf("%T %T\n", Sum(Celsius(1)), st)
	p := Pair[string, []int]{"k", []int{1}}
	fmt.Println(p, []Pair[int, bool]{{1, true}, {2, false}})
	fmt.Printf("%+v %T\n", p, p)
	fmt.Println(max("b", "a", "c"), min(3, 1, 2), cmp.Compare("a", "b"))
}
