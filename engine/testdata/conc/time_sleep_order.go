// Goroutines sleep for different durations (at least 50ms apart) and report
// when they wake; the wake order follows the durations, not the start order.
package main

import (
	"fmt"
	"time"
)

func main() {
	woke := make(chan string)
	tasks := []struct {
		name string
		d    time.Duration
	}{
		{"slow", 300 * time.Millisecond},
		{"fast", 50 * time.Millisecond},
		{"medium", 150 * time.Millisecond},
		{"slowest", 450 * time.Millisecond},
	}
	for _, t := range tasks {
		go func() {
			time.Sleep(t.d)
			woke <- t.name
		}()
	}
	for range tasks {
		fmt.Println("woke:", <-woke)
	}
}
