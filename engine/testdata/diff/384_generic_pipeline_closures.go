package main

import (
	"fmt"
	"strings"
)

type Pipeline[T any] struct {
	stages []func(T) T
}

func (p *Pipeline[T]) Add(f func(T) T) *Pipeline[T] {
	p.stages = append(p.stages, f)
	return p
}

func (p *Pipeline[T]) Run(v T) T {
	for _, s := range p.stages {
		v = s(v)
	}
	return v
}

type Server struct{ routes map[string]int }

func (s *Server) Handler() func(string) int {
	return func(path string) int {
		check := func() int {
			return s.routes[path] / len(strings.TrimPrefix(path, "/"))
		}
		return check()
	}
}

func Retry[T any](n int, f func() T) T {
	var last T
	for i := 0; i < n; i++ {
		func() {
			defer func() { recover() }()
			last = f()
		}()
	}
	return last
}

func main() {
	p := (&Pipeline[string]{}).Add(strings.ToUpper).Add(func(s string) string { return s + "!" })
	fmt.Println(p.Run("hi"))
	s := &Server{routes: map[string]int{"/a": 10}}
	h := s.Handler()
	fmt.Println(h("/a"))
	fmt.Println(Retry(2, func() int { return h("/") }))
	q := (&Pipeline[int]{}).Add(func(x int) int { return 10 / x })
	fmt.Println(q.Run(5))
	fmt.Println(q.Run(0))
}
