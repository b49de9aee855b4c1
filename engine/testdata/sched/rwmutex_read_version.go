// A reader under RLock and a writer under Lock: the reader sees the
// version before or after the update, never a half-written one.
//
// expect: "read v1 (1 entries)\nfinal v2 (2 entries)\n"
// expect: "read v2 (2 entries)\nfinal v2 (2 entries)\n"
package main

import (
	"fmt"
	"sync"
)

type table struct {
	mu      sync.RWMutex
	version string
	entries []string
}

func (t *table) snapshot() string {
	t.mu.RLock()
	defer t.mu.RUnlock()
	return fmt.Sprintf("%s (%d entries)", t.version, len(t.entries))
}

func main() {
	t := &table{version: "v1", entries: []string{"a"}}
	var wg sync.WaitGroup
	wg.Add(2)
	var seen string
	go func() {
		defer wg.Done()
		seen = t.snapshot()
	}()
	go func() {
		defer wg.Done()
		t.mu.Lock()
		t.entries = append(t.entries, "b")
		t.version = "v2"
		t.mu.Unlock()
	}()
	wg.Wait()
	fmt.Println("read", seen)
	fmt.Println("final", t.snapshot())
}
