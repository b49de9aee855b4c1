package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
)

type Numeric interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64
}

type Meters float64

func SumBy[T any, N Numeric](xs []T, f func(T) N) N {
	var total N
	for _, x := range xs {
		total += f(x)
	}
	return total
}

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(int, T)) {
	i := 0
	for n := l.head; n != nil; n = n.next {
		f(i, n.val)
		i++
	}
}

func (l *List[T]) String() string {
	var parts []string
	l.Each(func(_ int, v T) { parts = append(parts, fmt.Sprint(v)) })
	return "[" + strings.Join(parts, " -> ") + "]"
}

type Cache[K comparable, V any] struct {
	data  map[K]V
	order []K
	limit int
}

func NewCache[K comparable, V any](limit int) *Cache[K, V] {
	return &Cache[K, V]{data: make(map[K]V), limit: limit}
}

func (c *Cache[K, V]) Put(k K, v V) {
	if _, ok := c.data[k]; !ok {
		c.order = append(c.order, k)
		if len(c.order) > c.limit {
			old := c.order[0]
			c.order = c.order[1:]
			delete(c.data, old)
		}
	}
	c.data[k] = v
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	v, ok := c.data[k]
	return v, ok
}

func MaxBy[T any, K cmp.Ordered](xs []T, key func(T) K) (T, error) {
	var zero T
	if len(xs) == 0 {
		return zero, errors.New("empty slice")
	}
	best := xs[0]
	for _, x := range xs[1:] {
		if key(x) > key(best) {
			best = x
		}
	}
	return best, nil
}

type Stringish interface{ ~string }

func Join[S Stringish](xs []S, sep string) string {
	ss := make([]string, len(xs))
	for i, x := range xs {
		ss[i] = string(x)
	}
	return strings.Join(ss, sep)
}

type Tag string

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func Keys[M ~map[K]V, K cmp.Ordered, V any](m M) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

func main() {
	runs := []Meters{5000, 10000, 21097.5}
	fmt.Println(SumBy(runs, func(m Meters) Meters { return m }), SumBy(runs, func(m Meters) int { return int(m) / 1000 }))
	var l List[string]
	for _, s := range []string{"c", "b", "a"} {
		l.Push(s)
	}
	fmt.Println(l.String(), l.size)
	li := &List[int]{}
	li.Push(1)
	li.Push(2)
	fmt.Println(li)
	c := NewCache[string, int](2)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("a", 10)
	c.Put("c", 3)
	_, okA := c.Get("a")
	vb, okB := c.Get("b")
	fmt.Println(okA, vb, okB, c.order)
	words := []string{"go", "generics", "are", "neat"}
	w, err := MaxBy(words, func(s string) int { return len(s) })
	fmt.Println(w, err)
	_, err = MaxBy([]float64{}, func(f float64) float64 { return f })
	fmt.Println(err)
	fmt.Println(Join([]Tag{"x", "y"}, "+"), Join([]string{"p"}, ","))
	groups := GroupBy([]int{1, 2, 3, 4, 5, 6, 7}, func(n int) string { return strconv.FormatBool(n%2 == 0) })
	for _, k := range Keys(groups) {
		fmt.Println(k, groups[k])
	}
	byLen := GroupBy(words, func(s string) int { return len(s) })
	keys := Keys(byLen)
	sort.Sort(sort.Reverse(sort.IntSlice(keys)))
	fmt.Println(keys, byLen[4])
	fmt.Printf("%T %T %T\n", c, l, groups)
}
