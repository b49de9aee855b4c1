package main

import (
	"errors"
	"fmt"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

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

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](f func() (T, error)) Result[T] {
	v, err := f()
	return Result[T]{v, err}
}

type Number interface{ ~int | ~float64 }

type Vec[T Number] []T

func (v Vec[T]) Dot(w Vec[T]) T {
	var s T
	for i := range v {
		s += v[i] * w[i]
	}
	return s
}

func main() {
	p := Pair[string, int]{"a", 1}
	fmt.Printf("%v %+v %T\n", p, p, p)
	fmt.Printf("%#v\n", p)
	b := Box[[]string]{[]string{"x"}}
	fmt.Printf("%T %v %T\n", b, b.Get(), Box[map[string]int]{})
	var l List[float64]
	l.Push(1.5)
	l.Push(2.5)
	l.Each(func(f float64) { fmt.Print(f, " ") })
	fmt.Printf("%T %d\n", l, l.size)
	r := Try(func() (int, error) { return 0, errors.New("nope") })
	fmt.Printf("%+v %T\n", r, r)
	v := Vec[float64]{1, 2, 3}
	fmt.Println(v.Dot(Vec[float64]{4, 5, 6}), Vec[int]{2}.Dot(Vec[int]{3}))
	fmt.Printf("%T %T\n", v, Pair[Box[int], *Pair[int, bool]]{})
	var anyv any = Box[int]{5}
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		var bs any = Pair[string, []int]{"k", nil}
		_ = bs.(Pair[string, []byte])
	}()
	_ = anyv.(Box[string])
}
