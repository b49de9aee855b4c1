// Closing a channel twice panics: two shutdown paths both close quit.
package main

import "fmt"

type service struct {
	quit    chan struct{}
	stopped bool
}

func (s *service) shutdown(reason string) {
	fmt.Println("shutdown:", reason)
	close(s.quit)
	s.stopped = true
}

func main() {
	s := &service{quit: make(chan struct{})}
	s.shutdown("signal")
	_, open := <-s.quit
	fmt.Println("quit open:", open, "stopped:", s.stopped)
	s.shutdown("timeout")
	fmt.Println("not reached")
}
