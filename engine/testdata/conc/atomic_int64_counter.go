// atomic.Int64 as a lock-free counter shared by 50 goroutines.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var hits atomic.Int64
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Go(func() {
			for j := 0; j < 20; j++ {
				hits.Add(1)
			}
		})
	}
	wg.Wait()
	fmt.Println("hits:", hits.Load())
	fmt.Println("swap old:", hits.Swap(5), "now:", hits.Load())
	fmt.Println("cas 5->6:", hits.CompareAndSwap(5, 6), "cas 5->7:", hits.CompareAndSwap(5, 7))
	fmt.Println("final:", hits.Load())
}
