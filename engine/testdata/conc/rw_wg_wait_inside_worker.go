// A worker calls wg.Wait itself (to wait for its siblings) while the
// WaitGroup also counts the worker: it waits for its own Done, which comes
// after the Wait (gRPC-style misuse).
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make([]int, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i * 10
			if i == 0 {
				wg.Wait() // BUG: counts itself
				fmt.Println("all results:", results)
			}
		}()
	}
	wg.Wait()
	fmt.Println("unreachable")
}
