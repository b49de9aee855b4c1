// time.AfterFunc runs a function in its own goroutine when the timer fires;
// a stopped AfterFunc never runs.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var events []string
	var wg sync.WaitGroup
	record := func(s string) {
		mu.Lock()
		events = append(events, s)
		mu.Unlock()
		wg.Done()
	}
	wg.Add(2)
	time.AfterFunc(150*time.Millisecond, func() { record("second") })
	time.AfterFunc(50*time.Millisecond, func() { record("first") })
	cancelled := time.AfterFunc(100*time.Millisecond, func() { record("cancelled") })
	fmt.Println("stopped before firing:", cancelled.Stop())
	wg.Wait()
	fmt.Println(events)

	done := make(chan bool)
	t := time.AfterFunc(time.Hour, func() { done <- true })
	t.Reset(10 * time.Millisecond)
	fmt.Println("reset afterfunc ran:", <-done)
}
