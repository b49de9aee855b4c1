// A worker polls its context between steps; main cancels it concurrently.
// How many steps finish before the worker notices depends on the schedule.
//
// expect: "cancelled after 0 steps\n"
// output: "cancelled after 1 steps\n"
// output: "cancelled after 2 steps\n"
// expect: "finished 3 steps\n"
package main

import (
	"context"
	"fmt"
)

func worker(ctx context.Context, out chan<- string) {
	for i := 0; i < 3; i++ {
		select {
		case <-ctx.Done():
			out <- fmt.Sprintf("cancelled after %d steps", i)
			return
		default:
		}
	}
	out <- "finished 3 steps"
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan string)
	go worker(ctx, out)
	cancel()
	fmt.Println(<-out)
}
