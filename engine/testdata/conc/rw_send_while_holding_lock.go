// A connection sends on an unbuffered channel while holding its mutex; the
// reader must take the same mutex before it receives. Each waits for the
// other (a gRPC-transport-style deadlock).
package main

import (
	"fmt"
	"sync"
	"time"
)

type conn struct {
	mu      sync.Mutex
	pending int
	frames  chan string
}

func (c *conn) write(f string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.pending++
	c.frames <- f // BUG: blocks with the lock held
}

func (c *conn) readLoop(wg *sync.WaitGroup) {
	defer wg.Done()
	time.Sleep(50 * time.Millisecond)
	c.mu.Lock()
	n := c.pending
	c.mu.Unlock()
	for i := 0; i < n; i++ {
		fmt.Println("frame", <-c.frames)
	}
}

func main() {
	c := &conn{frames: make(chan string)}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		c.write("HEADERS")
	}()
	go c.readLoop(&wg)
	wg.Wait()
}
