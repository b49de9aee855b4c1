// An inactivity timeout written as time.After inside the select loop is
// recreated on every message, so it never fires while messages keep coming
// faster than the timeout; an overall deadline has to be created once,
// outside the loop.
package main

import (
	"fmt"
	"time"
)

func main() {
	msgs := make(chan int)
	go func() {
		for i := range 8 {
			msgs <- i
			time.Sleep(60 * time.Millisecond)
		}
	}()
	deadline := time.After(300 * time.Millisecond) // created once
	got := 0
	for {
		select {
		case <-msgs:
			got++
		case <-time.After(200 * time.Millisecond): // recreated each time
			fmt.Println("idle timeout")
			return
		case <-deadline:
			fmt.Println("overall deadline after", got, "messages")
			return
		}
	}
}
