// A non-blocking send (select with default) drops a message whenever the
// consumer is not ready to receive at that instant.
//
// expect: "delivered 3, dropped 0\n"
// output: "delivered 2, dropped 1\n"
// output: "delivered 1, dropped 2\n"
// expect: "delivered 0, dropped 3\n"
package main

import (
	"fmt"
	"sync"
)

func main() {
	events := make(chan int)
	done := make(chan bool)
	var mu sync.Mutex
	delivered := 0
	go func() {
		for range events {
			mu.Lock()
			delivered++
			mu.Unlock()
		}
		done <- true
	}()
	dropped := 0
	for i := 0; i < 3; i++ {
		select {
		case events <- i:
		default:
			dropped++
		}
	}
	close(events)
	<-done
	fmt.Printf("delivered %d, dropped %d\n", delivered, dropped)
}
