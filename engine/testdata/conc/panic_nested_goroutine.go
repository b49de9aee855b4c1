// A goroutine started by another goroutine panics; the traceback names the
// function that created it. The parent waits on a channel meanwhile.
package main

import (
	"fmt"
	"strconv"
)

func parseAll(inputs []string, out chan<- int) {
	for _, s := range inputs {
		n, err := strconv.Atoi(s)
		if err != nil {
			panic(err)
		}
		out <- n
	}
	close(out)
}

func supervisor(done chan<- int) {
	out := make(chan int)
	go parseAll([]string{"1", "2", "three"}, out)
	sum := 0
	for n := range out {
		sum += n
	}
	done <- sum
}

func main() {
	done := make(chan int)
	go supervisor(done)
	fmt.Println("sum:", <-done)
}
