// Waiting on a Cond that nobody will ever signal: the goroutine that
// should set ready exits before doing so.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	finished := make(chan bool)
	go func() {
		mu.Lock()
		// bug: forgets ready = true and cond.Signal()
		mu.Unlock()
		finished <- true
	}()
	<-finished
	mu.Lock()
	fmt.Println("waiting for ready")
	for !ready {
		cond.Wait()
	}
	mu.Unlock()
}
