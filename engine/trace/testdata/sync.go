package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var once sync.Once
	var mu sync.Mutex
	ready := sync.NewCond(&mu)
	var rw sync.RWMutex
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { // waits on the Cond, then runs the Once
		defer wg.Done()
		mu.Lock()
		ready.Wait()
		mu.Unlock()
		once.Do(func() { fmt.Println("init") })
	}()
	go func() { // a writer waiting for main's read lock
		defer wg.Done()
		time.Sleep(10 * time.Millisecond)
		rw.Lock()
		rw.Unlock()
	}()
	rw.RLock()
	time.Sleep(20 * time.Millisecond)
	rw.RUnlock() // hands the lock to the writer
	mu.Lock()
	ready.Signal()
	mu.Unlock()
	wg.Wait()
	once.Do(func() {})
	t := time.NewTimer(time.Second)
	t.Reset(5 * time.Millisecond)
	<-t.C
}
