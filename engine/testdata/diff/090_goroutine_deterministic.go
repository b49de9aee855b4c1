package main

import (
	"fmt"
	"sync"
)

// Parallel sum with each worker writing its own slot: the output does not
// depend on the schedule.
func partialSums(data []int, workers int) []int {
	sums := make([]int, workers)
	var wg sync.WaitGroup
	chunk := (len(data) + workers - 1) / workers
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lo := min(w*chunk, len(data))
			hi := min(lo+chunk, len(data))
			for _, v := range data[lo:hi] {
				sums[w] += v
			}
		}()
	}
	wg.Wait()
	return sums
}

func main() {
	data := make([]int, 1000)
	for i := range data {
		data[i] = i + 1
	}
	sums := partialSums(data, 4)
	total := 0
	for _, s := range sums {
		total += s
	}
	fmt.Println(sums, total)
	results := make(chan string, 3)
	for _, name := range []string{"x", "y", "z"} {
		go func() { results <- name + "!" }()
	}
	got := map[string]bool{}
	for range 3 {
		got[<-results] = true
	}
	fmt.Println(got)
}
