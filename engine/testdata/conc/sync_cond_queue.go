// A bounded queue built on sync.Cond: producers Wait while it is full,
// consumers Wait while it is empty, always re-checking in a for loop.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	limit    int
	maxSeen  int
}

func newQueue(limit int) *queue {
	q := &queue{limit: limit}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *queue) put(v int) {
	q.mu.Lock()
	for len(q.items) == q.limit {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.maxSeen = max(q.maxSeen, len(q.items))
	q.notEmpty.Signal()
	q.mu.Unlock()
}

func (q *queue) get() int {
	q.mu.Lock()
	for len(q.items) == 0 {
		q.notEmpty.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	q.mu.Unlock()
	return v
}

func main() {
	q := newQueue(2)
	var wg sync.WaitGroup
	for p := 0; p < 3; p++ {
		wg.Go(func() {
			for i := 0; i < 4; i++ {
				q.put(p*100 + i)
			}
		})
	}
	got := make(chan []int)
	go func() {
		var vals []int
		for i := 0; i < 12; i++ {
			vals = append(vals, q.get())
		}
		got <- vals
	}()
	wg.Wait()
	vals := <-got
	sort.Ints(vals)
	fmt.Println(vals)
	fmt.Println("never over the limit:", q.maxSeen <= 2)
}
