// Broadcast wakes every waiter: workers wait for a "ready" flag under a
// Cond, and a single Broadcast releases them all.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	waiting := 0
	var wg sync.WaitGroup
	out := make([]string, 4)
	for i := range out {
		wg.Go(func() {
			mu.Lock()
			waiting++
			cond.Broadcast() // tell main another waiter arrived
			for !ready {
				cond.Wait()
			}
			mu.Unlock()
			out[i] = fmt.Sprintf("worker %d released", i)
		})
	}
	mu.Lock()
	for waiting < 4 {
		cond.Wait()
	}
	ready = true
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	for _, s := range out {
		fmt.Println(s)
	}
}
