// Several readers hold the read lock at the same time; a writer waits for
// all of them. The readers rendezvous while holding RLock, which would
// deadlock if RLock were exclusive.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	balance := 100
	inside := make(chan int)
	release := make(chan struct{})
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.RLock()
			defer rw.RUnlock()
			inside <- balance
			<-release
		}()
	}
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-inside
	}
	fmt.Println("three readers inside at once, saw total", sum)
	fmt.Println("TryLock while read-locked:", rw.TryLock())
	fmt.Println("TryRLock while read-locked:", rw.TryRLock())
	rw.RUnlock()
	close(release)
	wg.Wait()
	rw.Lock()
	balance += 50
	rw.Unlock()
	rw.RLock()
	fmt.Println("balance:", balance)
	rw.RUnlock()
}
