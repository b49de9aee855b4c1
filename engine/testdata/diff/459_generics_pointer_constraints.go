package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

type Setter[T any] interface {
	*T
	Set(string) error
}

type IntBox struct{ V int }

func (b *IntBox) Set(s string) error {
	n, err := strconv.Atoi(s)
	b.V = n
	return err
}

type NameBox struct{ Name string }

func (b *NameBox) Set(s string) error { b.Name = strings.TrimSpace(s); return nil }

func ParseAll[T any, PT Setter[T]](inputs []string) ([]T, error) {
	out := make([]T, len(inputs))
	for i, in := range inputs {
		if err := PT(&out[i]).Set(in); err != nil {
			return out[:i], fmt.Errorf("input %d: %w", i, err)
		}
	}
	return out, nil
}

type Set[T comparable] = map[T]struct{}

func Keys[T cmp.Ordered](s Set[T]) []T {
	var ks []T
	for k := range s {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return "int:" + strconv.Itoa(x)
	case string:
		return "string:" + x
	case fmt.Stringer:
		return "stringer:" + x.String()
	default:
		return fmt.Sprintf("other:%T", x)
	}
}

type Tree[T cmp.Ordered] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) InOrder(visit func(T)) {
	if t != nil {
		t.Left.InOrder(visit)
		visit(t.Val)
		t.Right.InOrder(visit)
	}
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func main() {
	nums, err := ParseAll[IntBox]([]string{"1", "22", "333"})
	fmt.Println(nums, err)
	nums, err = ParseAll[IntBox]([]string{"4", "x5"})
	fmt.Println(nums, err)
	names, _ := ParseAll[NameBox]([]string{" ann ", "bob"})
	fmt.Printf("%+v\n", names)
	s := Set[string]{"pear": {}, "apple": {}, "fig": {}}
	fmt.Println(Keys(s), len(s))
	fmt.Println(Map([]int{1, 2, 3}, strconv.Itoa), Map([]string{"a", "bb"}, func(s string) int { return len(s) }))
	fmt.Println(Describe(42), Describe("hi"), Describe(3.5), Describe(strings.NewReplacer()))
	var root *Tree[string]
	for _, w := range strings.Fields("m c x a e z") {
		root = root.Insert(w)
	}
	var out []string
	root.InOrder(func(s string) { out = append(out, s) })
	fmt.Println(out)
	total := Reduce([]float64{1.5, 2.5}, 0.0, func(a, x float64) float64 { return a + x })
	joined := Reduce([]int{1, 2, 3}, "", func(a string, x int) string { return a + strconv.Itoa(x) })
	fmt.Println(total, joined)
	fmt.Println(max(1.0, math.NaN()), min(math.Inf(-1), 0), max("apple", "banana"), min(3, 1, 2))
	m := map[string]int{"a": 1}
	sl := []int{1, 2, 3}
	clear(m)
	clear(sl)
	fmt.Println(m, sl, len(m), len(sl))
	fmt.Println(slices.MaxFunc([]string{"go", "rust", "c"}, func(a, b string) int { return cmp.Compare(len(a), len(b)) }))
}
