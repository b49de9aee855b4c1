// A watcher loop takes its lock before a select that waits for events;
// Close needs the same lock to signal it: the loop holds the lock while
// waiting for the signal Close cannot send (etcd-style).
package main

import (
	"fmt"
	"sync"
	"time"
)

type watcher struct {
	mu     sync.Mutex
	events chan string
	stop   chan struct{}
	seen   int
}

func (w *watcher) run(done chan<- int) {
	for {
		w.mu.Lock()
		select {
		case e := <-w.events:
			w.seen++
			fmt.Println("event", e)
			w.mu.Unlock()
		case <-w.stop:
			w.mu.Unlock()
			done <- w.seen
			return
		}
	}
}

func (w *watcher) Close() {
	w.mu.Lock() // BUG: run holds mu while it waits in select
	defer w.mu.Unlock()
	close(w.stop)
}

func main() {
	w := &watcher{events: make(chan string), stop: make(chan struct{})}
	done := make(chan int)
	go w.run(done)
	w.events <- "put a"
	w.events <- "put b"
	time.Sleep(50 * time.Millisecond)
	w.Close()
	fmt.Println("seen:", <-done)
}
