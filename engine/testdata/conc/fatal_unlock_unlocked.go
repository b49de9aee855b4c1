// Unlocking an unlocked mutex is a fatal error, not a panic: the deferred
// recover never runs.
package main

import (
	"fmt"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) incr() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

func main() {
	defer func() {
		fmt.Println("recover cannot catch it:", recover())
	}()
	var c counter
	c.incr()
	fmt.Println("count", c.n)
	c.mu.Unlock()
}
