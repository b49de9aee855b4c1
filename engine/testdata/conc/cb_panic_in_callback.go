package main

import (
	"fmt"
	"sort"
	"sync"
)

type Item struct {
	mu   *sync.Mutex
	rank int
}

// One goroutine panics inside a less function while another waits inside
// its own: the panic ends the program with the first goroutine's trace.
func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	gate := make(chan struct{})
	wg.Add(2)
	go func() {
		defer wg.Done()
		items := []Item{{&mu, 2}, {&mu, 1}}
		sort.Slice(items, func(i, j int) bool {
			<-gate
			return items[i].rank < items[j].rank
		})
	}()
	go func() {
		defer wg.Done()
		var ranks []int
		sort.Slice([]int{3, 1, 2}, func(i, j int) bool {
			return ranks[i] < ranks[j] // index out of range
		})
	}()
	wg.Wait()
	fmt.Println("unreachable")
}
