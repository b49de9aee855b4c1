// A worker calls wg.Done on its error path and again in a deferred call:
// the counter goes negative and the worker panics.
package main

import (
	"fmt"
	"sync"
	"time"
)

func fetch(url string, wg *sync.WaitGroup) {
	defer wg.Done()
	if url == "" {
		fmt.Println("empty url")
		wg.Done() // BUG: the deferred Done runs too
		return
	}
	fmt.Println("fetched", url)
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go fetch("", &wg)
	time.Sleep(100 * time.Millisecond)
	wg.Wait()
	fmt.Println("unreachable")
}
