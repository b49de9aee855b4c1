// Goroutines whose function is a library function: `go mu.Lock()` blocks
// in its own goroutine, `go fmt.Println(...)` prints when it is scheduled,
// and time.AfterFunc / context.AfterFunc can call wg.Done or a CancelFunc
// directly.
package main

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	go mu.Lock() // blocks until main unlocks
	time.Sleep(100 * time.Millisecond)
	fmt.Println("goroutines with a blocked Lock:", runtime.NumGoroutine())
	mu.Unlock()
	time.Sleep(100 * time.Millisecond)
	fmt.Println("after Unlock:", runtime.NumGoroutine(), "TryLock:", mu.TryLock())

	var wg sync.WaitGroup
	wg.Add(2)
	time.AfterFunc(20*time.Millisecond, wg.Done)
	time.AfterFunc(40*time.Millisecond, wg.Done)
	start := time.Now()
	wg.Wait()
	fmt.Println("waited at least 40ms:", time.Since(start) >= 40*time.Millisecond)

	parent, cancel := context.WithCancel(context.Background())
	other, cancelOther := context.WithCancel(context.Background())
	context.AfterFunc(parent, cancelOther)
	go fmt.Println("printed by a goroutine running fmt.Println")
	time.Sleep(100 * time.Millisecond)
	cancel()
	<-other.Done()
	fmt.Println("other:", other.Err())
}
