// A producer blocked in a select send panics with "send on closed channel"
// when the channel is closed under it.
package main

import (
	"fmt"
	"time"
)

func main() {
	out := make(chan int)
	quit := make(chan bool)
	go func() {
		select {
		case out <- 1:
		case <-quit:
		}
	}()
	time.Sleep(100 * time.Millisecond)
	fmt.Println("closing out while the producer waits to send")
	close(out)
	time.Sleep(100 * time.Millisecond)
	fmt.Println("unreachable")
}
