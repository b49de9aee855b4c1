// A select whose channels are all idle, with no default, blocks forever:
// the producers finished without sending to either channel.
package main

import (
	"fmt"
	"sync"
)

func main() {
	data := make(chan int)
	quit := make(chan bool)
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Go(func() {
			if i > 5 {
				data <- i
			}
		})
	}
	wg.Wait()
	fmt.Println("selecting")
	select {
	case v := <-data:
		fmt.Println("data", v)
	case <-quit:
		fmt.Println("quit")
	}
}
