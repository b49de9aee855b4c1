// One goroutine holds a mutex and waits to send a status update; the
// receiver must take the mutex before it reads the channel (the mutex +
// channel cycle of Kubernetes #10182 in GoKer).
package main

import (
	"fmt"
	"sync"
	"time"
)

type statusManager struct {
	mu       sync.Mutex
	statuses map[string]string
	updates  chan string
}

func (s *statusManager) setStatus(pod, status string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.statuses[pod] = status
	s.updates <- pod // BUG: blocks with the lock held
}

func (s *statusManager) syncLoop(done chan<- bool) {
	time.Sleep(50 * time.Millisecond)
	s.mu.Lock() // waits for setStatus, which waits for us
	n := len(s.statuses)
	s.mu.Unlock()
	for i := 0; i < n; i++ {
		fmt.Println("synced", <-s.updates)
	}
	done <- true
}

func main() {
	s := &statusManager{statuses: map[string]string{}, updates: make(chan string)}
	done := make(chan bool)
	go s.setStatus("web-1", "Running")
	go s.syncLoop(done)
	<-done
}
