// Backpressure turned deadlock: the buffer fills and nobody drains it,
// because the consumer is only started after the producer loop.
package main

import "fmt"

type event struct {
	id   int
	kind string
}

func consume(queue <-chan event, done chan<- int) {
	n := 0
	for range queue {
		n++
	}
	done <- n
}

func main() {
	queue := make(chan event, 3)
	for i := 1; i <= 4; i++ {
		queue <- event{i, "click"}
		fmt.Println("queued", i, "len", len(queue))
	}
	close(queue)
	done := make(chan int)
	go consume(queue, done)
	fmt.Println("consumed", <-done)
}
