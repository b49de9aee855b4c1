// Goexit runs deferred calls even in nested frames, and a panic raised and
// recovered inside one of them does not stop it.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func inner(out chan<- string) {
	defer func() { out <- "inner deferred" }()
	runtime.Goexit()
}

func middle(out chan<- string) {
	defer func() {
		defer func() {
			out <- fmt.Sprint("recovered in middle: ", recover())
		}()
		panic("cleanup failed")
	}()
	inner(out)
	out <- "unreachable"
}

func main() {
	out := make(chan string, 10)
	done := make(chan bool)
	go func() {
		defer close(done)
		defer func() { out <- "outer deferred" }()
		middle(out)
	}()
	<-done
	close(out)
	for s := range out {
		fmt.Println(s)
	}
	time.Sleep(100 * time.Millisecond) // let the goroutine finish exiting
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
