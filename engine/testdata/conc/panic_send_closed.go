// Sending on a closed channel panics, even when the buffer has room.
package main

import "fmt"

func drain(c <-chan int) (sum int) {
	for v := range c {
		sum += v
	}
	return sum
}

func main() {
	results := make(chan int, 3)
	results <- 1
	close(results)
	fmt.Println("closed with", len(results), "value buffered, cap", cap(results))
	fmt.Println("drained sum:", drain(results))
	results <- 2
	fmt.Println("not reached")
}
