// runtime.NumGoroutine counts live user goroutines: 1 at start, and it
// grows by one per blocked goroutine we start.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println("at start:", runtime.NumGoroutine())
	block := make(chan struct{})
	started := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() {
			started <- true
			<-block
		}()
		<-started
	}
	fmt.Println("with three blocked:", runtime.NumGoroutine())
	fmt.Println("procs >= 1:", runtime.GOMAXPROCS(0) >= 1)
}
