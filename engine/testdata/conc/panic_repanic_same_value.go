// A worker's deferred handler recovers a panic to log it, then re-panics
// with the same value: Go marks the crash as recovered and repanicked.
package main

import (
	"fmt"
	"sync"
)

func handle(req string, wg *sync.WaitGroup) {
	defer wg.Done()
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("worker saw:", r)
			panic(r)
		}
	}()
	if req == "" {
		panic("empty request")
	}
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go handle("", &wg)
	wg.Wait()
	select {}
}
