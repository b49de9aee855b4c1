// Workers write each result into its own slot of a slice, so no sorting
// is needed: every index is written by exactly one goroutine.
package main

import (
	"fmt"
	"sync"
)

func collatzSteps(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	const n = 20
	steps := make([]int, n+1)
	idx := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < 5; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range idx {
				steps[i] = collatzSteps(i)
			}
		}()
	}
	for i := 1; i <= n; i++ {
		idx <- i
	}
	close(idx)
	wg.Wait()
	best := 1
	for i := 1; i <= n; i++ {
		fmt.Printf("%d:%d ", i, steps[i])
		if steps[i] > steps[best] {
			best = i
		}
	}
	fmt.Println()
	fmt.Println("longest:", best, "with", steps[best], "steps")
}
