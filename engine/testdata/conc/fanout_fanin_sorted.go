// Fan-out to three workers reading one channel, fan-in to one results
// channel; results are sorted before printing because arrival order varies.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type result struct {
	input, output int
}

func main() {
	jobs := make(chan int)
	results := make(chan result)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- result{j, j * j * j}
			}
		}()
	}
	go func() {
		for i := 1; i <= 9; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(a, b int) bool { return all[a].input < all[b].input })
	for _, r := range all {
		fmt.Printf("%d^3 = %d\n", r.input, r.output)
	}
}
