// A compare-and-swap loop that maintains a running maximum without locks.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func storeMax(m *atomic.Int64, v int64) {
	for {
		cur := m.Load()
		if v <= cur {
			return
		}
		if m.CompareAndSwap(cur, v) {
			return
		}
	}
}

func main() {
	var best atomic.Int64
	var calls atomic.Int32
	values := []int64{17, 4, 93, 58, 93, 2, 71, 88, 35, 60}
	var wg sync.WaitGroup
	for _, v := range values {
		wg.Go(func() {
			storeMax(&best, v)
			calls.Add(1)
		})
	}
	wg.Wait()
	fmt.Println("max:", best.Load(), "after", calls.Load(), "calls")
}
