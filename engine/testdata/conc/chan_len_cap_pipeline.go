// len and cap of buffered channels at synchronised points of a pipeline:
// after the producer has filled its stage, while the consumer drains it,
// and after close (buffered values stay readable).
package main

import "fmt"

func main() {
	raw := make(chan int, 5)
	squared := make(chan int, 3)
	filled := make(chan struct{})
	go func() {
		for i := 1; i <= 4; i++ {
			raw <- i
		}
		close(raw)
		close(filled)
	}()
	<-filled
	fmt.Println("raw after producer: len", len(raw), "cap", cap(raw))

	done := make(chan struct{})
	go func() {
		for v := range raw {
			squared <- v * v
			if len(squared) == cap(squared) {
				fmt.Println("squared full after", v)
				break
			}
		}
		close(done)
	}()
	<-done
	fmt.Println("raw left:", len(raw), "squared:", len(squared))
	close(squared)
	for v := range squared {
		fmt.Print(v, " ")
	}
	fmt.Println()
	v, ok := <-raw
	fmt.Println("raw still buffered:", v, ok, len(raw))
	v, ok = <-raw
	fmt.Println("raw drained:", v, ok, len(raw), cap(raw))
	var nilCh chan string
	fmt.Println("nil channel:", len(nilCh), cap(nilCh))
}
