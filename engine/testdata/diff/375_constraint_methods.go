package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Stringish interface {
	~int | ~string
	fmt.Stringer
}

type ID int

func (i ID) String() string { return "#" + strconv.Itoa(int(i)) }

type Tag string

func (t Tag) String() string { return "<" + string(t) + ">" }

func JoinAll[T Stringish](xs []T) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, ",")
}

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

type SortedSet[T Ordered] struct{ items []T }

func (s *SortedSet[T]) Add(vs ...T) *SortedSet[T] {
	for _, v := range vs {
		i := sort.Search(len(s.items), func(i int) bool { return s.items[i] >= v })
		if i < len(s.items) && s.items[i] == v {
			continue
		}
		s.items = append(s.items, v)
		copy(s.items[i+1:], s.items[i:])
		s.items[i] = v
	}
	return s
}

func (s *SortedSet[T]) Contains(v T) bool {
	i := sort.Search(len(s.items), func(i int) bool { return s.items[i] >= v })
	return i < len(s.items) && s.items[i] == v
}

type Shower interface{ Show() string }

type Wrapper[T any] struct{ Val T }

func (w Wrapper[T]) Show() string { return fmt.Sprintf("Wrapper[%T](%v)", w.Val, w.Val) }

func ShowAll[T Shower](xs ...T) []string {
	var out []string
	for _, x := range xs {
		out = append(out, x.Show())
	}
	return out
}

func Ptr[T any](v T) *T { return &v }

func Zero[T any]() (z T) { return }

func main() {
	fmt.Println(JoinAll([]ID{3, 1, 2}), JoinAll([]Tag{"a", "b"}))
	s := &SortedSet[int]{}
	s.Add(5, 1, 3, 1, 9, 3).Add(0)
	fmt.Println(s.items, s.Contains(3), s.Contains(4))
	ws := &SortedSet[string]{}
	ws.Add(strings.Fields("pear apple fig apple kiwi")...)
	fmt.Println(ws.items, len(ws.items))
	fmt.Println(ShowAll(Wrapper[int]{1}, Wrapper[int]{2}))
	fmt.Println(ShowAll[Shower](Wrapper[string]{"x"}, Wrapper[[]int]{[]int{1}}))
	p := Ptr(42)
	*p++
	fmt.Println(*p, *Ptr("s"), Zero[int](), Zero[string]() == "", Zero[*int]() == nil, Zero[[]int]() == nil)
	fmt.Printf("%v %q %v\n", Zero[float64](), Zero[string](), Zero[struct{ A int }]())
}
