// A goroutine per task, but a semaphore channel of capacity 3 bounds how
// many run at once. The peak concurrency is tracked under a mutex.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	sem := make(chan struct{}, 3)
	var mu sync.Mutex
	running, peak := 0, 0
	results := make([]int, 10)
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()

			mu.Lock()
			running++
			if running > peak {
				peak = running
			}
			mu.Unlock()

			time.Sleep(time.Millisecond)
			results[i] = i * 10

			mu.Lock()
			running--
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("results:", results)
	fmt.Println("peak <= 3:", peak <= 3, "peak >= 1:", peak >= 1)
	fmt.Println("running at end:", running, "sem len:", len(sem), "cap:", cap(sem))
}
