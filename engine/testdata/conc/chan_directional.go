// Directional channel types document who sends and who receives.
package main

import "fmt"

func producer(out chan<- int, n int) {
	defer close(out)
	for i := 0; i < n; i++ {
		out <- i * i
	}
}

func doubler(in <-chan int, out chan<- int) {
	defer close(out)
	for v := range in {
		out <- 2 * v
	}
}

func consumer(in <-chan int, done chan<- []int) {
	var got []int
	for v := range in {
		got = append(got, v)
	}
	done <- got
}

func main() {
	a := make(chan int)
	b := make(chan int, 1)
	done := make(chan []int)
	go producer(a, 6)
	go doubler(a, b)
	go consumer(b, done)
	got := <-done
	fmt.Println(got)
	var recvOnly <-chan int = b
	fmt.Printf("%T %T\n", recvOnly, (chan<- int)(a))
}
