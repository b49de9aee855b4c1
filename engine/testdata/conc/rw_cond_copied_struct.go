// A job queue holding a sync.Cond by value is copied after it was used (a
// value receiver): the copy's Cond still carries the original's identity,
// and Go's copy check panics on its first Signal. Before the first use, a
// copy is harmless.
package main

import (
	"fmt"
	"sync"
)

type queue struct {
	mu    sync.Mutex
	ready sync.Cond
	jobs  []string
}

func newQueue() *queue {
	q := &queue{}
	q.ready.L = &q.mu
	return q
}

func (q *queue) push(job string) {
	q.mu.Lock()
	q.jobs = append(q.jobs, job)
	q.mu.Unlock()
	q.ready.Signal()
}

// snapshot has a value receiver: it copies the whole queue, Cond included.
func (q queue) snapshot() []string {
	q.ready.Signal() // bug: signals the copy
	return q.jobs
}

func main() {
	fresh := queue{}
	c := fresh // never used yet: copying is fine
	c.ready.L = &c.mu
	c.ready.Broadcast()
	fmt.Println("copy of an unused queue works")

	q := newQueue()
	done := make(chan bool)
	go func() {
		defer close(done)
		q.push("build")
		q.push("test")
	}()
	<-done
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	fmt.Println("jobs:", q.snapshot())
}
