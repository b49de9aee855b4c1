package main

import "fmt"

func producer(n int) <-chan int {
	ch := make(chan int)
	go func() {
		for i := range n {
			ch <- i
		}
	}()
	return ch
}

func main() {
	total := 0
	for v := range producer(4) {
		total += v
		fmt.Println("got", v)
	}
	fmt.Println("total", total)
}
