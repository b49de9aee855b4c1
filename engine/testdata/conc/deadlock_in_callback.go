// A goroutine blocks inside a callback called by library code (a less
// function for sort.Slice that waits for a channel), another inside a
// deferred call; the deadlock dump shows each one's frames.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type ranker struct {
	scores  map[string]int
	lookups chan string
}

func (r *ranker) less(a, b string) bool {
	r.lookups <- a // nobody reads lookups
	return r.scores[a] < r.scores[b]
}

func cleanup(mu *sync.Mutex) {
	mu.Lock() // already held by main
	defer mu.Unlock()
}

func main() {
	r := &ranker{scores: map[string]int{"x": 2, "y": 1}, lookups: make(chan string)}
	var mu sync.Mutex
	var wg sync.WaitGroup
	mu.Lock()
	wg.Add(2)
	go func() {
		defer wg.Done()
		names := []string{"x", "y"}
		sort.Slice(names, func(i, j int) bool { return r.less(names[i], names[j]) })
		fmt.Println(names)
	}()
	go func() {
		defer wg.Done()
		defer cleanup(&mu)
		fmt.Println("worker done")
	}()
	wg.Wait()
}
