// A read-mostly cache guarded by an RWMutex: many readers share the read
// lock; a miss upgrades by taking the write lock and checking again.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type cache struct {
	mu     sync.RWMutex
	data   map[string]string
	misses int
}

func (c *cache) get(k string) string {
	c.mu.RLock()
	v, ok := c.data[k]
	c.mu.RUnlock()
	if ok {
		return v
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.data[k]; ok {
		return v
	}
	c.misses++
	v = strings.ToUpper(k)
	c.data[k] = v
	return v
}

func main() {
	c := &cache{data: map[string]string{}}
	keys := []string{"go", "chan", "mutex", "go", "select", "chan", "go"}
	var wg sync.WaitGroup
	for r := 0; r < 6; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, k := range keys {
				c.get(k)
			}
		}()
	}
	wg.Wait()
	var ks []string
	for k, v := range c.data {
		ks = append(ks, k+"="+v)
	}
	sort.Strings(ks)
	fmt.Println(strings.Join(ks, ", "))
	fmt.Println("misses:", c.misses)
}
