// Goroutines started during package initialisation: a package variable's
// initialiser fans out and collects with its own goroutines, an init
// function starts a producer that main consumes, and main then waits for
// one event too many.
package main

import (
	"fmt"
	"sync"
)

var (
	ready = make(chan string)
	cfg   = load()
)

func load() map[string]string {
	m := map[string]string{}
	var wg sync.WaitGroup
	for _, k := range []string{"a", "b"} {
		wg.Add(1)
		go func() { defer wg.Done(); ready <- k }()
	}
	go func() { wg.Wait(); close(ready) }()
	for k := range ready {
		m[k] = k + k
	}
	return m
}

var events = make(chan int)

func init() {
	go func() {
		for i := range 3 {
			events <- i
		}
	}()
}

func init() {
	fmt.Println("second init, cfg:", len(cfg))
}

func main() {
	for range 3 {
		fmt.Println("event", <-events)
	}
	<-events
}
