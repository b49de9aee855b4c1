// A producer runs ahead of the consumer only as far as the buffer allows.
// The consumer releases one slot at a time and the producer reports the
// fill level it observed right after each send.
package main

import "fmt"

func main() {
	buf := make(chan int, 2)
	step := make(chan struct{})
	sent := make(chan int)
	go func() {
		for i := 0; i < 5; i++ {
			buf <- i
			sent <- i
		}
		close(buf)
		close(sent)
	}()
	fmt.Println("sent", <-sent)
	fmt.Println("sent", <-sent)
	// The buffer now holds 0 and 1; the producer is blocked sending 2.
	fmt.Println("full:", len(buf) == cap(buf))
	close(step)
	for i := 0; i < 3; i++ {
		v := <-buf
		fmt.Println("took", v, "then producer sent", <-sent)
	}
	for v := range buf {
		fmt.Println("drained", v)
	}
	_, ok := <-sent
	fmt.Println("producer done:", !ok)
	<-step
}
