package main

import (
	"errors"
	"fmt"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v ...T) { s.items = append(s.items, v...) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, errors.New("empty stack")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s Stack[T]) Len() int { return len(s.items) }

func balanced(expr string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st Stack[rune]
	for _, r := range expr {
		switch r {
		case '(', '[', '{':
			st.Push(r)
		case ')', ']', '}':
			top, err := st.Pop()
			if err != nil || top != pairs[r] {
				return false
			}
		}
	}
	return st.Len() == 0
}

func main() {
	var s Stack[string]
	s.Push("a", "b", "c")
	for s.Len() > 0 {
		v, _ := s.Pop()
		fmt.Print(v, " ")
	}
	_, err := s.Pop()
	fmt.Println(err)
	for _, e := range []string{"(a[b]{c})", "(]", "((", "{[()()]}"} {
		fmt.Println(e, balanced(e))
	}
	fs := &Stack[float64]{}
	fs.Push(1.5, 2.5)
	fmt.Printf("%v %+v %T\n", *fs, fs.items, fs)
	type pair struct {
		k string
		v int
	}
	ps := Stack[pair]{}
	ps.Push(pair{"x", 1})
	p, _ := ps.Pop()
	fmt.Println(p, ps.Len())
}
