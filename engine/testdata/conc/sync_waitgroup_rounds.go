// One WaitGroup reused for several rounds of work: each round Adds, starts
// its workers and Waits before the next round begins.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for round := 1; round <= 3; round++ {
		sums := make([]int, round+1)
		wg.Add(len(sums))
		for w := range sums {
			go func() {
				defer wg.Done()
				for k := 0; k <= w*round; k++ {
					sums[w] += k
				}
				mu.Lock()
				total += sums[w]
				mu.Unlock()
			}()
		}
		wg.Wait()
		fmt.Println("round", round, "sums", sums)
	}
	fmt.Println("total", total)
	wg.Wait() // counter is zero: returns at once
	fmt.Println("idle wait returned")
}
