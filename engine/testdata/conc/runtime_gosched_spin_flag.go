// Goroutines spin on atomic flags, yielding with runtime.Gosched, to pass a
// token around a ring in order.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func main() {
	const n = 4
	var turn atomic.Int32
	var wg sync.WaitGroup
	log := make([]string, 0, 3*n)
	var mu sync.Mutex
	for id := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := range 3 {
				want := int32(round*n + id)
				for turn.Load() != want {
					runtime.Gosched()
				}
				mu.Lock()
				log = append(log, fmt.Sprintf("g%d/r%d", id, round))
				mu.Unlock()
				turn.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(log)
	fmt.Println("turn:", turn.Load())
}
