// A time.AfterFunc callback panics: it runs on a goroutine of its own, so
// the deferred recover in main does not see it and the program dies.
package main

import (
	"fmt"
	"time"
)

type session struct {
	id    string
	store map[string]int
}

func (s *session) expire() {
	delete(s.store, s.id)
	s.store[s.id+"-expired"]++
}

func main() {
	defer func() { fmt.Println("main recovered:", recover()) }()
	s := &session{id: "abc"}
	time.AfterFunc(50*time.Millisecond, s.expire)
	fmt.Println("session started")
	time.Sleep(200 * time.Millisecond)
	fmt.Println("not reached")
}
