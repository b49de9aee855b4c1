// Closing a nil channel panics: the server was never started, so its quit
// channel was never made.
package main

import "fmt"

type server struct {
	name string
	quit chan bool
}

func (s *server) start() {
	s.quit = make(chan bool)
}

func (s *server) stop() {
	close(s.quit)
}

func main() {
	servers := []*server{{name: "a"}, {name: "b"}}
	servers[0].start()
	for _, s := range servers {
		fmt.Println("stopping", s.name)
		s.stop()
	}
}
