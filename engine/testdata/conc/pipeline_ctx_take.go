// A generator stage runs until its context is cancelled; the consumer takes
// the first five primes and cancels, and the generator's deferred close
// tells main it has really stopped.
package main

import (
	"context"
	"fmt"
)

func numbers(ctx context.Context, stopped chan<- string) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		defer func() { stopped <- "numbers stopped: " + context.Cause(ctx).Error() }()
		for n := 2; ; n++ {
			select {
			case out <- n:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func primes(ctx context.Context, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		var found []int
	next:
		for n := range in {
			for _, p := range found {
				if n%p == 0 {
					continue next
				}
			}
			found = append(found, n)
			select {
			case out <- n:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	stopped := make(chan string, 1)
	ps := primes(ctx, numbers(ctx, stopped))
	var got []int
	for p := range ps {
		got = append(got, p)
		if len(got) == 5 {
			cancel(fmt.Errorf("have %d primes", len(got)))
			break
		}
	}
	fmt.Println(got)
	fmt.Println(<-stopped)
	for range ps { // drain until the stage closes
	}
	fmt.Println("pipeline closed")
}
