// A worker emits three results 100ms apart. The consumer waits for each with
// a fresh 250ms timeout, then waits 50ms more for a fourth that never comes.
package main

import (
	"fmt"
	"time"
)

func main() {
	results := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			time.Sleep(100 * time.Millisecond)
			results <- i
		}
	}()
	for {
		timeout := 250 * time.Millisecond
		select {
		case r := <-results:
			fmt.Println("result", r)
			if r == 3 {
				timeout = 50 * time.Millisecond
				select {
				case <-results:
					fmt.Println("unexpected")
				case <-time.After(timeout):
					fmt.Println("no more results within", timeout)
				}
				return
			}
		case <-time.After(timeout):
			fmt.Println("timed out")
			return
		}
	}
}
