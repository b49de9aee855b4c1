// A closed channel is always ready in a select; a closed "done" channel
// therefore wins over an empty data channel every time.
package main

import "fmt"

func main() {
	done := make(chan struct{})
	data := make(chan int)
	close(done)
	for i := 0; i < 3; i++ {
		select {
		case v := <-data:
			fmt.Println("data", v)
		case _, ok := <-done:
			fmt.Println("done fired, ok =", ok)
		}
	}
	results := make(chan int, 3)
	results <- 1
	results <- 2
	close(results)
	n := 0
	for {
		v, ok := <-results
		if !ok {
			break
		}
		n += v
	}
	fmt.Println("sum before close detected:", n)
}
