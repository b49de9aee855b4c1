// Sending on a closed channel panics.
package main

import "fmt"

func main() {
	results := make(chan int, 3)
	results <- 1
	close(results)
	fmt.Println("closed with", len(results), "value buffered")
	results <- 2
	fmt.Println("not reached")
}
