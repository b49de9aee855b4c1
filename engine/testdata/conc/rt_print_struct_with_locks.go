// Printing a struct that embeds a Mutex and atomic counters with %v and %+v
// shows their internal fields, locked or not (go vet warns about the copy;
// go run prints it).
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type counter struct {
	mu sync.Mutex
	n  int
}

type stats struct {
	hits  atomic.Int64
	ready atomic.Bool
	name  string
}

func main() {
	c := &counter{}
	var wg sync.WaitGroup
	for range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.mu.Lock()
			c.n++
			c.mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Printf("%+v\n", c)
	fmt.Printf("%v\n", c)
	c.mu.Lock()
	fmt.Printf("locked: %+v\n", c)
	c.mu.Unlock()

	s := &stats{name: "api"}
	s.hits.Add(41)
	s.hits.Add(1)
	s.ready.Store(true)
	fmt.Printf("%+v\n", s)
	fmt.Println(s.hits.Load(), s.ready.Load())
}
