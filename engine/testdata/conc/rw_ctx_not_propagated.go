// A handler cancels its request context, but the worker it started was
// given context.Background() instead of the request's context: the worker
// never sees the cancellation and runs to the end (cancellation not
// propagated), while a correctly wired worker stops at once.
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func poll(ctx context.Context, name string, wg *sync.WaitGroup, ticks *[]string) {
	defer wg.Done()
	for i := 1; i <= 5; i++ {
		select {
		case <-ctx.Done():
			*ticks = append(*ticks, fmt.Sprintf("%s stopped: %v", name, ctx.Err()))
			return
		case <-time.After(100 * time.Millisecond):
		}
	}
	*ticks = append(*ticks, name+" polled 5 times")
}

func main() {
	reqCtx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	var good, bad []string
	wg.Add(2)
	go poll(reqCtx, "wired", &wg, &good)
	go poll(context.Background(), "detached", &wg, &bad) // BUG
	time.Sleep(250 * time.Millisecond)
	cancel()
	fmt.Println("request cancelled")
	wg.Wait()
	fmt.Println(good[0])
	fmt.Println(bad[0])
}
