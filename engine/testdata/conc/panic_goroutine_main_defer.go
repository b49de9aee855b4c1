// main's deferred recover cannot catch a panic in another goroutine: the
// program dies with the worker's panic and main's deferred calls never run.
package main

import (
	"fmt"
	"time"
)

type quota struct{ used, limit int }

func (q *quota) take(n int) {
	if q.used+n > q.limit {
		panic(fmt.Sprintf("quota exceeded: %d+%d > %d", q.used, n, q.limit))
	}
	q.used += n
}

func main() {
	defer fmt.Println("main deferred print")
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("main recovered:", r)
		}
	}()
	q := &quota{limit: 10}
	q.take(6)
	go q.take(7)
	time.Sleep(100 * time.Millisecond)
	fmt.Println("not reached")
}
