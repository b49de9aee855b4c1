// Check-then-act on a cache: each goroutine checks for the key under the
// lock, releases it, loads the value, then stores it under the lock again.
// Both may see a miss and load it twice; no data race, a logic race.
//
// expect: "loads: 1\nvalue: config-v1\n"
// expect: "loads: 2\nvalue: config-v1\n"
package main

import (
	"fmt"
	"sync"
)

type cache struct {
	mu    sync.Mutex
	items map[string]string
	loads int
}

func (c *cache) get(key string) string {
	c.mu.Lock()
	v, ok := c.items[key]
	c.mu.Unlock()
	if ok {
		return v
	}
	v = key + "-v1" // the slow load
	c.mu.Lock()
	c.loads++
	c.items[key] = v
	c.mu.Unlock()
	return v
}

func main() {
	c := &cache{items: map[string]string{}}
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.get("config")
		}()
	}
	wg.Wait()
	fmt.Println("loads:", c.loads)
	fmt.Println("value:", c.items["config"])
}
