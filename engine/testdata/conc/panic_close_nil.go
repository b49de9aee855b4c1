// Closing a nil channel panics.
package main

import "fmt"

type server struct {
	quit chan bool
}

func (s *server) stop() {
	close(s.quit)
}

func main() {
	s := &server{}
	fmt.Println("stopping a server that was never started")
	s.stop()
}
