// A lock-free stack (Treiber) on atomic.Pointer: concurrent pushes retry
// their CompareAndSwap until it succeeds, so no push is lost; pops then
// drain it.
package main

import (
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
)

type node[T any] struct {
	val  T
	next *node[T]
}

type stack[T any] struct{ head atomic.Pointer[node[T]] }

func (s *stack[T]) push(v T) {
	n := &node[T]{val: v}
	for {
		old := s.head.Load()
		n.next = old
		if s.head.CompareAndSwap(old, n) {
			return
		}
	}
}

func (s *stack[T]) pop() (T, bool) {
	for {
		old := s.head.Load()
		if old == nil {
			var zero T
			return zero, false
		}
		if s.head.CompareAndSwap(old, old.next) {
			return old.val, true
		}
	}
}

func main() {
	var s stack[int]
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 5 {
				s.push(w*100 + i)
			}
		}()
	}
	wg.Wait()
	var got []int
	for v, ok := s.pop(); ok; v, ok = s.pop() {
		got = append(got, v)
	}
	fmt.Println(len(got), "values")
	slices.Sort(got)
	fmt.Println(got)
	_, ok := s.pop()
	fmt.Println("empty:", !ok)
}
