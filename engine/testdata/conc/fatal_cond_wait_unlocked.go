// sync.Cond.Wait must be called with the lock held: Wait starts by
// unlocking it, so calling it without the lock is a fatal error that
// recover cannot stop.
package main

import (
	"fmt"
	"sync"
	"time"
)

type gate struct {
	mu   sync.Mutex
	cond *sync.Cond
	open bool
}

func main() {
	g := &gate{}
	g.cond = sync.NewCond(&g.mu)
	defer func() { fmt.Println("recovered:", recover()) }()
	go func() {
		time.Sleep(100 * time.Millisecond)
		g.mu.Lock()
		g.open = true
		g.mu.Unlock()
		g.cond.Broadcast()
	}()
	g.cond.Wait() // bug: g.mu is not held
	fmt.Println("open")
}
