// Signal wakes one waiter: the one that has waited longest. Which worker
// started waiting first depends on the schedule.
//
// expect: "worker A woke\nsignalled once\nworker B woke\n"
// expect: "worker B woke\nsignalled once\nworker A woke\n"
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	var wg sync.WaitGroup
	for _, name := range []string{"A", "B"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			cond.Wait()
			fmt.Println("worker", name, "woke")
			mu.Unlock()
		}()
	}
	time.Sleep(100 * time.Millisecond)
	cond.Signal()
	time.Sleep(100 * time.Millisecond)
	fmt.Println("signalled once")
	cond.Broadcast()
	wg.Wait()
}
