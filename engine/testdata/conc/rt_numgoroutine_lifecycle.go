// runtime.NumGoroutine at each stage of a worker pool's life: before it
// starts, while workers wait for jobs, after a graceful close.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	fmt.Println("start:", runtime.NumGoroutine())
	jobs := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				mu.Lock()
				total += j
				mu.Unlock()
			}
		}()
	}
	fmt.Println("pool started:", runtime.NumGoroutine())
	for i := 1; i <= 10; i++ {
		jobs <- i
	}
	time.Sleep(10 * time.Millisecond)
	fmt.Println("idle workers:", runtime.NumGoroutine())
	close(jobs)
	wg.Wait()
	time.Sleep(100 * time.Millisecond)
	fmt.Println("after close:", runtime.NumGoroutine(), "total:", total)
	timer := time.AfterFunc(50*time.Millisecond, func() {
		fmt.Println("in AfterFunc:", runtime.NumGoroutine())
	})
	time.Sleep(100 * time.Millisecond)
	fmt.Println("timer stopped:", timer.Stop(), "goroutines:", runtime.NumGoroutine())
}
