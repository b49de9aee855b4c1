// Stop closes the quit channel that Start would have made; a server that
// was never started has a nil channel, and closing it panics inside a
// deferred cleanup run by a goroutine.
package main

import (
	"fmt"
	"sync"
)

type server struct {
	name string
	quit chan struct{}
}

func (s *server) Start() {
	s.quit = make(chan struct{})
}

func (s *server) Stop() {
	fmt.Println("stopping", s.name)
	close(s.quit)
}

func run(s *server, wg *sync.WaitGroup) {
	defer s.Stop()
	fmt.Println("serving", s.name)
	wg.Done()
}

func main() {
	var wg sync.WaitGroup
	s := &server{name: "metrics"}
	wg.Add(1)
	go run(s, &wg)
	wg.Wait()
	select {} // serve forever
}
