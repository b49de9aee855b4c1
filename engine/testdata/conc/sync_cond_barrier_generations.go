// A reusable barrier built on sync.Cond with a generation counter: workers
// meet at the barrier after every phase, and nobody starts phase k+1 before
// everyone finished phase k.
package main

import (
	"fmt"
	"sync"
)

type barrier struct {
	mu      sync.Mutex
	cond    *sync.Cond
	n, left int
	gen     int
}

func newBarrier(n int) *barrier {
	b := &barrier{n: n, left: n}
	b.cond = sync.NewCond(&b.mu)
	return b
}

func (b *barrier) await() {
	b.mu.Lock()
	defer b.mu.Unlock()
	gen := b.gen
	b.left--
	if b.left == 0 {
		b.gen++
		b.left = b.n
		b.cond.Broadcast()
		return
	}
	for gen == b.gen {
		b.cond.Wait()
	}
}

func main() {
	const workers, phases = 4, 3
	b := newBarrier(workers)
	var mu sync.Mutex
	done := make([]int, phases)
	violations := 0
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range phases {
				mu.Lock()
				if p > 0 && done[p-1] != workers {
					violations++
				}
				done[p]++
				mu.Unlock()
				b.await()
			}
			_ = w
		}()
	}
	wg.Wait()
	fmt.Println("per phase:", done, "violations:", violations, "generation:", b.gen)
}
