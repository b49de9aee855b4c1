// A request with a 300ms budget fans out to backends; each backend call gets
// a child context with its own shorter timeout. Results and errors come back
// on one channel and are printed in backend order.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type result struct {
	name string
	val  string
	err  error
}

func call(ctx context.Context, name string, latency, budget time.Duration, out chan<- result) {
	ctx, cancel := context.WithTimeout(ctx, budget)
	defer cancel()
	select {
	case <-time.After(latency):
		out <- result{name: name, val: name + "-ok"}
	case <-ctx.Done():
		out <- result{name: name, err: fmt.Errorf("%s: %w", name, ctx.Err())}
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	backends := []struct {
		name            string
		latency, budget time.Duration
	}{
		{"users", 50 * time.Millisecond, 200 * time.Millisecond},
		{"orders", 250 * time.Millisecond, 150 * time.Millisecond},
		{"billing", 500 * time.Millisecond, time.Second},
	}
	out := make(chan result, len(backends))
	for _, b := range backends {
		go call(ctx, b.name, b.latency, b.budget, out)
	}
	got := map[string]result{}
	for range backends {
		r := <-out
		got[r.name] = r
	}
	for _, b := range backends {
		r := got[b.name]
		fmt.Printf("%-8s val=%q err=%v deadline=%v\n", b.name, r.val, r.err, errors.Is(r.err, context.DeadlineExceeded))
	}
	fmt.Println("parent:", ctx.Err())
	_, has := ctx.Deadline()
	fmt.Println("parent has deadline:", has)
}
