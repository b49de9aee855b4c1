// A counter's methods have value receivers, so each call locks and updates
// a copy of the struct, mutex included: the increments are lost (go vet's
// copylocks check reports it; go run does not).
package main

import (
	"fmt"
	"sync"
)

type counter struct {
	mu    sync.Mutex
	n     map[string]int
	total int
}

func (c counter) inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[key]++ // the map is shared: this one survives
	c.total++  // BUG: lost, c is a copy
}

func main() {
	c := counter{n: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.inc([]string{"get", "put"}[i%2])
		}()
	}
	wg.Wait()
	fmt.Println("per key:", c.n["get"], c.n["put"])
	fmt.Println("total:", c.total)
}
