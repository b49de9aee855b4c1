// An idle-timeout timer is Reset after every message without stopping it
// first. Since Go 1.23, Reset discards a value that fired but was not
// received, so the timeout only fires after real idleness.
package main

import (
	"fmt"
	"time"
)

func main() {
	msgs := make(chan string)
	go func() {
		for _, m := range []string{"hello", "are you there?", "bye"} {
			time.Sleep(50 * time.Millisecond)
			msgs <- m
		}
	}()
	idle := time.NewTimer(150 * time.Millisecond)
	time.Sleep(200 * time.Millisecond) // the timer fires while we are busy
	idle.Reset(150 * time.Millisecond) // Go 1.23+: the stale tick is dropped
	for {
		select {
		case m := <-msgs:
			fmt.Println("message:", m)
			idle.Reset(150 * time.Millisecond)
		case <-idle.C:
			fmt.Println("idle timeout")
			return
		}
	}
}
