// RUnlock without a matching RLock is a fatal error.
package main

import (
	"fmt"
	"sync"
)

type registry struct {
	mu    sync.RWMutex
	names []string
}

func (r *registry) count() int {
	r.mu.RLock()
	n := len(r.names)
	r.mu.RUnlock()
	r.mu.RUnlock() // bug: released twice
	return n
}

func main() {
	r := &registry{names: []string{"a", "b"}}
	fmt.Println("counting")
	fmt.Println(r.count())
}
