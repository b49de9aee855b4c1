// time.After in a select bounds how long we wait for a slow worker.
package main

import (
	"fmt"
	"time"
)

func slowQuery(out chan<- string) {
	time.Sleep(200 * time.Millisecond)
	out <- "rows"
}

func main() {
	out := make(chan string, 1)
	go slowQuery(out)
	select {
	case r := <-out:
		fmt.Println("result:", r)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("timeout")
	}
	// The buffered channel lets the worker finish later without leaking.
	fmt.Println("late result:", <-out)
}
