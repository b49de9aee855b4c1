// atomic.Value holding an immutable snapshot: Swap returns the old value,
// CompareAndSwap only succeeds against the current one, and concurrent
// updaters retrying CAS never lose an update.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type snapshot struct {
	gen   int
	hosts string
}

func main() {
	var v atomic.Value
	fmt.Println("empty load:", v.Load())
	fmt.Println("CAS on empty with nil old:", v.CompareAndSwap(nil, snapshot{1, "a"}))
	old := v.Swap(snapshot{2, "a,b"})
	fmt.Printf("swapped out: %+v\n", old)
	fmt.Println("CAS with stale old:", v.CompareAndSwap(snapshot{1, "a"}, snapshot{9, "x"}))

	var wg sync.WaitGroup
	var retries atomic.Int64
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 25 {
				for {
					cur := v.Load().(snapshot)
					if v.CompareAndSwap(cur, snapshot{cur.gen + 1, cur.hosts}) {
						break
					}
					retries.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	fmt.Printf("final: %+v retries >= 0: %v\n", v.Load(), retries.Load() >= 0)
}
