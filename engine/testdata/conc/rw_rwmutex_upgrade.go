// A cache "upgrades" its read lock to a write lock on a miss without
// releasing the read lock first. RWMutex cannot be upgraded: Lock waits for
// all readers, including the caller itself, forever.
package main

import (
	"fmt"
	"sync"
)

type cache struct {
	mu   sync.RWMutex
	data map[string]int
}

func (c *cache) get(key string) int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	if v, ok := c.data[key]; ok {
		return v
	}
	c.mu.Lock() // bug: still holding the read lock
	defer c.mu.Unlock()
	c.data[key] = len(key)
	return c.data[key]
}

func main() {
	c := &cache{data: map[string]int{"warm": 4}}
	fmt.Println("hit:", c.get("warm"))
	fmt.Println("miss:", c.get("cold"))
}
