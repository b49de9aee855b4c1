// Two goroutines alternate purely by sleeping: one wakes at 100, 300, 500ms,
// the other at 200, 400ms (gaps of 100ms), and each appends to a shared log
// guarded by a mutex.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var log []string
	var wg sync.WaitGroup
	run := func(name string, offset time.Duration, n int) {
		defer wg.Done()
		time.Sleep(offset)
		for i := 0; i < n; i++ {
			mu.Lock()
			log = append(log, fmt.Sprintf("%s%d", name, i))
			mu.Unlock()
			time.Sleep(200 * time.Millisecond)
		}
	}
	wg.Add(2)
	go run("odd", 100*time.Millisecond, 3)
	go run("even", 200*time.Millisecond, 2)
	wg.Wait()
	fmt.Println(log)
}
