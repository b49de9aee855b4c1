// Lock-order inversion made deterministic: each goroutine takes its first
// lock, then both rendezvous before taking the second, so they always
// deadlock. Main waits on a WaitGroup.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var a, b sync.Mutex
	var wg sync.WaitGroup
	var holding sync.WaitGroup
	holding.Add(2)
	wg.Add(2)
	go func() {
		defer wg.Done()
		a.Lock()
		holding.Done()
		holding.Wait()
		b.Lock()
	}()
	go func() {
		defer wg.Done()
		b.Lock()
		holding.Done()
		holding.Wait()
		a.Lock()
	}()
	fmt.Println("transfers started")
	wg.Wait()
}
