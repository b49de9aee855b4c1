// A generator goroutine keeps sending until its context is cancelled; the
// consumer stops early and forgets to cancel. The generator leaks (blocked
// on a send), visible in NumGoroutine, and with the context cancelled
// later it exits.
package main

import (
	"context"
	"fmt"
	"runtime"
	"time"
)

func generate(ctx context.Context) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 1; ; i++ {
			select {
			case ch <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	return ch
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	sum := 0
	for v := range generate(ctx) {
		sum += v
		if v == 5 {
			break // the generator is still blocked sending 6
		}
	}
	time.Sleep(100 * time.Millisecond)
	fmt.Println("sum:", sum, "goroutines:", runtime.NumGoroutine())
	cancel()
	time.Sleep(100 * time.Millisecond)
	fmt.Println("after cancel:", runtime.NumGoroutine())
}
