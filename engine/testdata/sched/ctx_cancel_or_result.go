// The result and the cancellation are both ready when select runs, so
// either case may be chosen.
//
// output: "got result 7\n"
// output: "gave up: context canceled\n"
// expect-all
package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	results := make(chan int, 1)
	ready := make(chan bool)
	go func() {
		results <- 7
		cancel()
		ready <- true
	}()
	<-ready
	select {
	case r := <-results:
		fmt.Println("got result", r)
	case <-ctx.Done():
		fmt.Println("gave up:", ctx.Err())
	}
}
