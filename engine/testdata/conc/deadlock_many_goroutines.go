// Every goroutine is blocked: main on a WaitGroup, one worker on a channel
// send, one on a mutex. The runtime lists every blocked goroutine.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	out := make(chan int)
	mu.Lock()
	wg.Add(2)
	go func() {
		defer wg.Done()
		out <- 1
	}()
	go func() {
		defer wg.Done()
		mu.Lock()
	}()
	fmt.Println("waiting")
	wg.Wait()
}
