// Several goroutines format a value whose String method takes its mutex:
// fmt calls String, which may block on the lock while another goroutine,
// itself inside fmt, holds it. The engine runs such a goroutine only when
// no other goroutine is suspended inside library code below it.
package main

import (
	"fmt"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) String() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return fmt.Sprintf("counter(%d)", c.n)
}

func main() {
	c := &counter{}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 3; i++ {
				c.mu.Lock()
				c.n++
				c.mu.Unlock()
				_ = fmt.Sprint(c)
			}
		}()
	}
	wg.Wait()
	fmt.Println(c)
}
