// A time.AfterFunc callback delivers two results on an unbuffered channel
// but main reads only one and then waits for a quit signal nobody sends:
// the callback's goroutine and main are both stuck.
package main

import (
	"fmt"
	"time"
)

func main() {
	results := make(chan int)
	quit := make(chan bool)
	time.AfterFunc(50*time.Millisecond, func() {
		results <- 1
		results <- 2 // nobody receives the second result
	})
	fmt.Println("first result:", <-results)
	<-quit
}
