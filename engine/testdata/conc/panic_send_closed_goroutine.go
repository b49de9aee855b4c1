// A producer sends after the owner closed the channel: the panic happens
// in the producer goroutine.
package main

import "fmt"

func produce(out chan<- int, ready chan<- bool, proceed <-chan bool) {
	out <- 1
	ready <- true
	<-proceed
	out <- 2
}

func main() {
	out := make(chan int, 1)
	ready := make(chan bool)
	proceed := make(chan bool)
	go produce(out, ready, proceed)
	fmt.Println("got", <-out)
	<-ready
	close(out)
	proceed <- true
	select {}
}
