// Sending on a nil channel blocks forever, even with a receiver goroutine
// ranging over a different, non-nil channel.
package main

import "fmt"

type pipeline struct {
	in  chan string
	out chan string
}

func main() {
	p := pipeline{in: make(chan string)}
	go func() {
		n := 0
		for s := range p.in {
			n += len(s)
		}
		fmt.Println("stage saw", n, "bytes")
	}()
	p.in <- "first"
	p.in <- "second"
	fmt.Println("sending to a nil channel")
	p.out <- "lost"
}
