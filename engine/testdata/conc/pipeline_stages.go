// A longer pipeline: numbers → keep evens → square → format → sink.
package main

import (
	"fmt"
	"strings"
)

func numbers(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			out <- i
		}
	}()
	return out
}

func evens(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			if v%2 == 0 {
				out <- v
			}
		}
	}()
	return out
}

func squares(in <-chan int) <-chan int {
	out := make(chan int, 2)
	go func() {
		defer close(out)
		for v := range in {
			out <- v * v
		}
	}()
	return out
}

func labels(in <-chan int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for v := range in {
			out <- fmt.Sprintf("<%d>", v)
		}
	}()
	return out
}

func main() {
	var parts []string
	for s := range labels(squares(evens(numbers(12)))) {
		parts = append(parts, s)
	}
	fmt.Println(strings.Join(parts, " "))
	fmt.Println("stages done:", len(parts))
}
