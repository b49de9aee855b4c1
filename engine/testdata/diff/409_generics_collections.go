package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Score int

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[S ~[]E, E any](s S, keep func(E) bool) S {
	var out S
	for _, e := range s {
		if keep(e) {
			out = append(out, e)
		}
	}
	return out
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=>%v", p.Key, p.Val) }

func SortedPairs[M ~map[K]V, K cmp.Ordered, V any](m M) []Pair[K, V] {
	var ps []Pair[K, V]
	for _, k := range slices.Sorted(maps.Keys(m)) {
		ps = append(ps, Pair[K, V]{k, m[k]})
	}
	return ps
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }
func (s Set[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for k := range s {
			if !yield(k) {
				return
			}
		}
	}
}

func Enumerate[T any](s []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

type Person struct {
	Name string
	Age  int
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[Score](10, 20), Sum[int]())
	fmt.Printf("%T\n", Sum[Score](1))
	words := []string{"banana", "Apple", "cherry", "date"}
	fmt.Println(Map(words, strings.ToUpper), Map(words, func(s string) int { return len(s) }))
	fmt.Println(Filter(words, func(s string) bool { return len(s) > 4 }))
	fmt.Println(SortedPairs(map[string]int{"z": 26, "a": 1, "m": 13}))
	s := Set[int]{}
	for _, v := range []int{5, 1, 5, 3} {
		s.Add(v)
	}
	fmt.Println(slices.Sorted(s.All()), s.Has(3), s.Has(4), len(s))
	for i, w := range Enumerate(words) {
		if i == 2 {
			break
		}
		fmt.Print(i, w, " ")
	}
	fmt.Println()
	people := []Person{{"Al", 30}, {"Bo", 25}, {"Cy", 30}, {"Di", 22}}
	slices.SortStableFunc(people, func(a, b Person) int { return cmp.Compare(b.Age, a.Age) })
	fmt.Println(people)
	slices.SortFunc(people, func(a, b Person) int {
		return cmp.Or(cmp.Compare(a.Age, b.Age), strings.Compare(a.Name, b.Name))
	})
	fmt.Println(people)
	idx, found := slices.BinarySearchFunc(people, 30, func(p Person, t int) int { return cmp.Compare(p.Age, t) })
	fmt.Println(idx, found)
	nums := []int{3, 1, 4, 1, 5, 9, 2, 6}
	sorted := slices.Clone(nums)
	slices.Sort(sorted)
	i, ok := slices.BinarySearch(sorted, 5)
	j, ok2 := slices.BinarySearch(sorted, 7)
	fmt.Println(sorted, i, ok, j, ok2, nums)
	fmt.Println(slices.Max(nums), slices.Min(nums), slices.Index(nums, 9), slices.Contains(nums, 7), slices.Compact(slices.Clone(sorted)))
	fmt.Println(slices.Collect(maps.Values(map[int]int{1: 10})), slices.Repeat([]int{1, 2}, 2), slices.Insert([]int{1, 4}, 1, 2, 3), slices.Delete([]int{0, 1, 2, 3}, 1, 3))
	chunks := slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5}, 2))
	fmt.Println(chunks, slices.Equal(nums, sorted), slices.IndexFunc(nums, func(n int) bool { return n > 4 }))
	m := maps.Collect(Enumerate([]string{"x", "y"}))
	fmt.Println(m, cmp.Less(1.0, 2.0), min(3, 1, 2), max("a", "b"))
	for k, v := range maps.All(map[string]int{"only": 1}) {
		fmt.Println(k, v)
	}
	backward := []int{}
	for _, v := range slices.Backward(nums) {
		backward = append(backward, v)
	}
	fmt.Println(backward)
}
