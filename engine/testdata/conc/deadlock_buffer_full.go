// Backpressure turned deadlock: the buffer fills and nobody drains it.
package main

import "fmt"

func main() {
	queue := make(chan int, 3)
	for i := 1; i <= 4; i++ {
		queue <- i
		fmt.Println("queued", i, "len", len(queue))
	}
}
