// A three-stage pipeline: a generator, a squaring stage and a sink.
// Each stage closes its output when its input is exhausted.
package main

import "fmt"

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func main() {
	sum := 0
	for v := range square(gen(1, 2, 3, 4, 5, 6)) {
		fmt.Println("got", v)
		sum += v
	}
	fmt.Println("sum:", sum)
}
