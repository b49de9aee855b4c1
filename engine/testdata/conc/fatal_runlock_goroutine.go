// A reader goroutine releases a read lock it never took (the RLock was on
// another code path): RUnlock of an unlocked RWMutex is fatal.
package main

import (
	"fmt"
	"sync"
)

type index struct {
	mu   sync.RWMutex
	keys map[string]bool
}

func (ix *index) has(k string) bool {
	if k == "" {
		defer ix.mu.RUnlock() // bug: RLock below was skipped
		return false
	}
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.keys[k]
}

func main() {
	ix := &index{keys: map[string]bool{"a": true}}
	fmt.Println("a:", ix.has("a"))
	done := make(chan bool)
	go func() { done <- ix.has("") }()
	fmt.Println("empty:", <-done)
}
