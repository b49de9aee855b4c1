// A worker's panic is recovered, wrapped with %w and raised again: Go prints
// the first panic marked [recovered] and then the new one. Before that: a
// context whose deadline has passed is done at once, a Ticker Reset to a
// longer period, and sync.Map.Range deleting as it goes.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type opError struct {
	op  string
	err error
}

func (e *opError) Error() string { return e.op + ": " + e.err.Error() }
func (e *opError) Unwrap() error { return e.err }

func main() {
	ctx, cancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel()
	fmt.Println(ctx.Err(), context.Cause(ctx))
	tk := time.NewTicker(100 * time.Millisecond)
	n := 0
	start := time.Now()
	for range tk.C {
		n++
		if n == 2 {
			tk.Reset(300 * time.Millisecond)
		}
		if n == 4 {
			break
		}
	}
	tk.Stop()
	fmt.Println("elapsed >= 800ms:", time.Since(start) >= 800*time.Millisecond, time.Since(start) < 900*time.Millisecond)
	var m sync.Map
	for i := 0; i < 5; i++ {
		m.Store(i, i*i)
	}
	count := 0
	m.Range(func(k, v any) bool {
		m.Delete(k)
		count++
		return true
	})
	left := 0
	m.Range(func(k, v any) bool { left++; return true })
	fmt.Println(count, left)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				panic(fmt.Errorf("worker: %w", r.(error)))
			}
		}()
		panic(&opError{"write", errors.New("disk full")})
	}()
	wg.Wait()
}
