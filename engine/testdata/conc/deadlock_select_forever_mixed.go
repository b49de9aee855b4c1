// main parks in an empty select while its helpers are blocked in five
// different ways: the deadlock dump lists each with its wait reason.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var rw sync.RWMutex
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	var nilCh chan int
	jobs := make(chan int)
	full := make(chan int, 1)
	full <- 1

	rw.Lock() // never released: readers wait
	go func() {
		rw.RLock()
		fmt.Println("unreachable")
	}()
	go func() {
		mu.Lock()
		cond.Wait()
		mu.Unlock()
	}()
	go func() { <-nilCh }()
	go func() { full <- 2 }()
	go func() {
		select {
		case j := <-jobs:
			fmt.Println(j)
		case jobs <- 0:
		}
	}()
	time.Sleep(100 * time.Millisecond)
	fmt.Println("helpers started")
	select {}
}
