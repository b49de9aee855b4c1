package main

import (
	"errors"
	"fmt"
)

type Stack struct {
	name  string
	items []int
}

func (s *Stack) Push(v int) { s.items = append(s.items, v) }

func (s *Stack) Pop() (int, error) {
	if len(s.items) == 0 {
		return 0, errors.New("pop from empty stack " + s.name)
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

type Registry struct {
	stacks map[string]*Stack
}

func (r *Registry) Get(name string) *Stack { return r.stacks[name] }

func main() {
	r := &Registry{stacks: map[string]*Stack{"main": {name: "main"}}}
	st := r.Get("main")
	st.Push(1)
	st.Push(2)
	fmt.Println(st.Pop())
	fmt.Println(st.Pop())
	fmt.Println(st.Pop())
	other := r.Get("other")
	fmt.Println("other is nil:", other == nil)
	other.Push(3)
}
