// Two shutdown paths close the same done channel: the signal handler and
// the idle timeout. The second close panics in its goroutine.
package main

import (
	"fmt"
	"time"
)

type server struct{ done chan struct{} }

func (s *server) shutdown(reason string) {
	fmt.Println("shutdown:", reason)
	close(s.done)
}

func main() {
	s := &server{done: make(chan struct{})}
	go func() {
		time.Sleep(50 * time.Millisecond)
		s.shutdown("signal")
	}()
	go func() {
		time.Sleep(200 * time.Millisecond)
		s.shutdown("idle timeout") // BUG: no sync.Once guard
	}()
	<-s.done
	fmt.Println("draining connections")
	time.Sleep(time.Second)
}
