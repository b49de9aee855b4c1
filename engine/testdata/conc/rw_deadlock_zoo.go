// A service shuts down badly: every goroutine ends up waiting on something
// that will never happen. Go lists each one with its wait reason, in
// creation order, including goroutines started by other goroutines.
package main

import (
	"fmt"
	"sync"
	"time"
)

type service struct {
	mu     sync.Mutex
	rw     sync.RWMutex
	cond   *sync.Cond
	ready  bool
	events chan string
	acks   chan bool
	start  chan struct{}
	wg     sync.WaitGroup
}

func (s *service) waitReady() {
	s.mu.Lock()
	for !s.ready {
		s.cond.Wait()
	}
	s.mu.Unlock()
}

func (s *service) supervise() {
	<-s.start
	go s.waitReady() // started by a goroutine, not by main
	for {
		select {
		case e := <-s.events:
			fmt.Println(e)
		case <-s.acks:
			return
		}
	}
}

func main() {
	s := &service{events: make(chan string), acks: make(chan bool), start: make(chan struct{})}
	s.cond = sync.NewCond(&s.mu)
	s.wg.Add(1)
	go s.supervise()
	go func() {
		s.events <- "late event"
		<-s.acks // never comes
	}()
	s.rw.Lock()
	go func() {
		s.rw.RLock() // the writer never unlocks
		defer s.rw.RUnlock()
	}()
	go func() { <-s.acks }()
	var nilCh chan int
	go func() { nilCh <- 1 }()
	close(s.start)
	time.Sleep(100 * time.Millisecond)
	s.mu.Lock()
	go func() { s.mu.Lock() }()
	fmt.Println("shutting down")
	s.wg.Wait()
}
