// An iterator over a channel, pulled with iter.Pull: the iterator blocks in
// its receive until the producer sends, while the caller of next waits for
// it; stop ends it early and the producer is told to quit.
package main

import (
	"fmt"
	"iter"
	"runtime"
	"time"
)

func fromChan[T any](ch <-chan T) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range ch {
			if !yield(v) {
				return
			}
		}
	}
}

func main() {
	events := make(chan string)
	quit := make(chan struct{})
	go func() {
		defer close(events)
		for _, e := range []string{"start", "tick", "tick", "stop", "never"} {
			select {
			case events <- e:
				time.Sleep(50 * time.Millisecond)
			case <-quit:
				fmt.Println("producer: told to quit")
				return
			}
		}
	}()
	next, stop := iter.Pull(fromChan(events))
	for {
		e, ok := next()
		if !ok {
			break
		}
		fmt.Println("event:", e)
		if e == "stop" {
			stop()
			close(quit)
			break
		}
	}
	e, ok := next()
	fmt.Printf("after stop: %q %v\n", e, ok)
	time.Sleep(100 * time.Millisecond)
	fmt.Println("goroutines left:", runtime.NumGoroutine())
}
