// A pulled iterator waits on a channel nobody sends on: the caller of next
// and the iterator's own goroutine are both listed in the deadlock dump,
// waiting in "coroutine" and "chan receive".
package main

import (
	"fmt"
	"iter"
)

type source struct{ ch chan string }

func (s *source) all(yield func(string) bool) {
	for l := range s.ch {
		if !yield(l) {
			return
		}
	}
}

func main() {
	src := &source{ch: make(chan string, 2)}
	src.ch <- "GET /"
	src.ch <- "GET /health"
	next, stop := iter.Pull(iter.Seq[string](src.all))
	defer stop()
	for {
		l, ok := next() // src.ch is never closed: blocks after two lines
		if !ok {
			break
		}
		fmt.Println("request:", l)
	}
	fmt.Println("not reached")
}
