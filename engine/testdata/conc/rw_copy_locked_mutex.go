// A snapshot copies a struct while its mutex is held: the copy's mutex is
// locked too (Go copies the lock word), and the first method that locks
// the copy blocks forever (go vet's copylocks check warns about this).
package main

import (
	"fmt"
	"sync"
)

type stats struct {
	mu    sync.Mutex
	count map[string]int
}

func (s *stats) total() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, c := range s.count {
		n += c
	}
	return n
}

func (s *stats) snapshot() stats {
	s.mu.Lock()
	defer s.mu.Unlock()
	return *s // BUG: copies the locked mutex
}

func main() {
	s := &stats{count: map[string]int{"get": 3, "put": 1}}
	fmt.Println("total:", s.total())
	snap := s.snapshot()
	fmt.Println("snapshot taken")
	fmt.Println("snapshot total:", snap.total())
}
