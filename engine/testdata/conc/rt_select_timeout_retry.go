// A client retries a call with a per-attempt timeout inside a deadline for
// the whole operation; the server ignores the first two attempts (it only
// notices their cancellation) and answers the third at once.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func serve(ctx context.Context, attempt int, res chan<- string) {
	if attempt < 3 {
		<-ctx.Done() // overloaded: never answers
		return
	}
	res <- fmt.Sprintf("answer to attempt %d", attempt)
}

func call(ctx context.Context, attempt int) (string, error) {
	res := make(chan string, 1) // buffered: a late answer does not leak the goroutine
	go serve(ctx, attempt, res)
	select {
	case r := <-res:
		return r, nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func main() {
	op, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	start := time.Now()
	for attempt := 1; ; attempt++ {
		ctx, cancelAttempt := context.WithTimeout(op, 500*time.Millisecond)
		r, err := call(ctx, attempt)
		cancelAttempt()
		if err == nil {
			fmt.Println(r)
			break
		}
		fmt.Printf("attempt %d: %v (deadline: %v)\n", attempt, err, errors.Is(err, context.DeadlineExceeded))
	}
	fmt.Println("took at least 1s:", time.Since(start) >= time.Second, "op still alive:", op.Err() == nil)
}
