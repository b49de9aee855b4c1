// A stopper waits for its tasks before closing the quit channel they wait
// on: Wait can never return (a CockroachDB-style shutdown deadlock).
package main

import (
	"fmt"
	"sync"
)

type stopper struct {
	quit  chan struct{}
	tasks sync.WaitGroup
}

func (s *stopper) runTask(name string) {
	s.tasks.Add(1)
	go func() {
		defer s.tasks.Done()
		<-s.quit
		fmt.Println(name, "stopped")
	}()
}

func (s *stopper) stop() {
	s.tasks.Wait() // BUG: the tasks wait for quit
	close(s.quit)
}

func main() {
	s := &stopper{quit: make(chan struct{})}
	s.runTask("gossip")
	s.runTask("raft")
	fmt.Println("stopping")
	s.stop()
}
