// Bounded parallelism with a buffered channel as a counting semaphore: no
// more than 3 downloads run at once, and results are kept by index.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	urls := []string{"a.example", "b.example", "c.example", "d.example", "e.example", "f.example", "g.example", "h.example"}
	sem := make(chan struct{}, 3)
	var running, peak atomic.Int32
	sizes := make([]int, len(urls))
	var wg sync.WaitGroup
	for i, u := range urls {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			n := running.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			time.Sleep(10 * time.Millisecond)
			sizes[i] = len(u) * 100
			running.Add(-1)
		}()
	}
	wg.Wait()
	fmt.Println("sizes:", sizes)
	fmt.Println("peak <= 3:", peak.Load() <= 3, "peak >= 1:", peak.Load() >= 1)
	fmt.Println("semaphore empty:", len(sem), "cap:", cap(sem))
}
