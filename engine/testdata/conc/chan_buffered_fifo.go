// A buffered channel is a FIFO queue; len and cap report its fill level.
package main

import "fmt"

func main() {
	q := make(chan int, 4)
	fmt.Println("empty: len", len(q), "cap", cap(q))
	for i := 1; i <= 4; i++ {
		q <- i * 11
		fmt.Println("after send", i, "len", len(q))
	}
	select {
	case q <- 99:
		fmt.Println("unexpected: sent to full channel")
	default:
		fmt.Println("full: send would block")
	}
	fmt.Println("first out:", <-q)
	q <- 55
	close(q)
	fmt.Println("closed with len", len(q))
	for v := range q {
		fmt.Println("drain", v, "left", len(q))
	}
}
