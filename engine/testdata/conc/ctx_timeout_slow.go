// WithTimeout around slow work: the work takes 300ms, the budget is 100ms.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slowWork(ctx context.Context) (string, error) {
	select {
	case <-time.After(300 * time.Millisecond):
		return "done", nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	_, hasDeadline := ctx.Deadline()
	fmt.Println("has deadline:", hasDeadline)
	res, err := slowWork(ctx)
	fmt.Printf("result %q, err: %v\n", res, err)
	fmt.Println("is DeadlineExceeded:", errors.Is(err, context.DeadlineExceeded))

	ctx2, cancel2 := context.WithTimeout(context.Background(), time.Second)
	defer cancel2()
	go func() {
		time.Sleep(50 * time.Millisecond)
		cancel2()
	}()
	_, err = slowWork(ctx2)
	fmt.Println("cancelled early:", err)
}
