// A rate limiter: requests wait for a tick of a 50ms ticker, with a burst
// bucket of 2 filled up front; five requests from concurrent clients are
// all served, and the whole run takes at least three ticks.
package main

import (
	"fmt"
	"slices"
	"sync"
	"time"
)

func main() {
	bucket := make(chan struct{}, 2)
	bucket <- struct{}{}
	bucket <- struct{}{}
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	stop := make(chan struct{})
	go func() {
		for {
			select {
			case <-tick.C:
				select {
				case bucket <- struct{}{}:
				default: // bucket full: the token is dropped
				}
			case <-stop:
				return
			}
		}
	}()

	start := time.Now()
	var mu sync.Mutex
	var served []int
	var wg sync.WaitGroup
	for id := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-bucket
			mu.Lock()
			served = append(served, id)
			mu.Unlock()
		}()
	}
	wg.Wait()
	close(stop)
	elapsed := time.Since(start)
	slices.Sort(served)
	fmt.Println("served:", served)
	fmt.Println("took >= 150ms:", elapsed >= 150*time.Millisecond)
	fmt.Println("took < 400ms:", elapsed < 400*time.Millisecond)
}
