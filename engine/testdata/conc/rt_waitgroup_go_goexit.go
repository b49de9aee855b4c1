// A task started with WaitGroup.Go that ends with runtime.Goexit (as
// t.FailNow does in tests) still counts as done: Wait returns.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

type result struct {
	mu     sync.Mutex
	failed []string
}

func (r *result) fail(name string) {
	r.mu.Lock()
	r.failed = append(r.failed, name)
	r.mu.Unlock()
	runtime.Goexit()
}

func main() {
	var wg sync.WaitGroup
	r := &result{}
	checks := []struct {
		name string
		ok   bool
	}{{"disk", true}, {"network", false}, {"memory", true}}
	for _, c := range checks {
		wg.Go(func() {
			if !c.ok {
				r.fail(c.name)
			}
		})
	}
	wg.Wait()
	time.Sleep(100 * time.Millisecond) // let the goroutines finish exiting
	fmt.Println("failed:", r.failed)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
