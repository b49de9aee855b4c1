// A bounded blocking queue built on sync.Cond with separate notFull and
// notEmpty conditions, waited on in loops; producers block when it is full.
package main

import (
	"fmt"
	"slices"
	"sync"
)

type queue struct {
	mu       sync.Mutex
	notFull  *sync.Cond
	notEmpty *sync.Cond
	items    []int
	max      int
	closed   bool
}

func newQueue(max int) *queue {
	q := &queue{max: max}
	q.notFull = sync.NewCond(&q.mu)
	q.notEmpty = sync.NewCond(&q.mu)
	return q
}

func (q *queue) put(v int) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == q.max {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
}

func (q *queue) get() (int, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	if len(q.items) == 0 {
		return 0, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v, true
}

func (q *queue) close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.notEmpty.Broadcast()
}

func main() {
	q := newQueue(2)
	var prod, cons sync.WaitGroup
	for p := range 3 {
		prod.Add(1)
		go func() {
			defer prod.Done()
			for i := range 4 {
				q.put(p*10 + i)
			}
		}()
	}
	var mu sync.Mutex
	var got []int
	for range 2 {
		cons.Add(1)
		go func() {
			defer cons.Done()
			for v, ok := q.get(); ok; v, ok = q.get() {
				mu.Lock()
				got = append(got, v)
				mu.Unlock()
			}
		}()
	}
	prod.Wait()
	q.close()
	cons.Wait()
	slices.Sort(got)
	fmt.Println(len(got), got)
}
