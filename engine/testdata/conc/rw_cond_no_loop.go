// Two consumers wait on a Cond with `if` instead of `for`. One item arrives
// with Broadcast: both wake, the first takes the item, the second finds the
// queue empty and panics with an index out of range.
package main

import (
	"fmt"
	"sync"
	"time"
)

type queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []string
}

func (q *queue) take() string {
	q.mu.Lock()
	defer q.mu.Unlock()
	if len(q.items) == 0 { // BUG: should be a loop
		q.cond.Wait()
	}
	it := q.items[0]
	q.items = q.items[1:]
	fmt.Println("took", it)
	return it
}

func main() {
	q := &queue{}
	q.cond = sync.NewCond(&q.mu)
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			q.take()
			wg.Done()
		}()
	}
	time.Sleep(200 * time.Millisecond)
	q.mu.Lock()
	q.items = append(q.items, "job-1")
	q.cond.Broadcast()
	q.mu.Unlock()
	wg.Wait()
	fmt.Println("unreachable")
}
