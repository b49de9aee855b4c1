// A client retries a slow call with a per-attempt timeout and a deadline
// for the whole operation; the server answers only the third attempt in
// time.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func call(ctx context.Context, attempt int) (string, error) {
	delay := []time.Duration{300, 250, 50, 50}[attempt-1] * time.Millisecond
	res := make(chan string, 1) // buffered: a late answer does not leak the goroutine
	go func() {
		time.Sleep(delay)
		res <- fmt.Sprintf("answer to attempt %d", attempt)
	}()
	select {
	case r := <-res:
		return r, nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func main() {
	op, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	for attempt := 1; ; attempt++ {
		ctx, cancelAttempt := context.WithTimeout(op, 150*time.Millisecond)
		r, err := call(ctx, attempt)
		cancelAttempt()
		if err == nil {
			fmt.Println(r)
			break
		}
		fmt.Printf("attempt %d: %v (deadline: %v)\n", attempt, err, errors.Is(err, context.DeadlineExceeded))
		if op.Err() != nil {
			fmt.Println("giving up:", op.Err())
			break
		}
	}
}
