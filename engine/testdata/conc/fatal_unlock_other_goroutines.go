// A fatal error in one goroutine while others are blocked: only the failing
// goroutine is reported, and deferred calls do not run.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	block := make(chan int)
	for i := 0; i < 2; i++ {
		go func() { <-block }()
	}
	done := make(chan bool)
	go func() {
		defer func() { done <- true }()
		defer fmt.Println("deferred: never printed")
		mu.Unlock()
	}()
	<-done
}
