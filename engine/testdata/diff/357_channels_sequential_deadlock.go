package main

import "fmt"

func producer(n int) <-chan int {
	ch := make(chan int, n)
	for i := 0; i < n; i++ {
		ch <- i * i
	}
	close(ch)
	return ch
}

func main() {
	ch := producer(4)
	fmt.Println(len(ch), cap(ch))
	for v := range ch {
		fmt.Print(v, " ")
	}
	v, ok := <-ch
	fmt.Println(v, ok)
	sem := make(chan struct{}, 2)
	select {
	case sem <- struct{}{}:
		fmt.Println("acquired")
	default:
		fmt.Println("busy")
	}
	var nilch chan int
	select {
	case v := <-nilch:
		fmt.Println(v)
	default:
		fmt.Println("nil channel never ready")
	}
	done := make(chan bool)
	fmt.Println("waiting")
	<-done
}
