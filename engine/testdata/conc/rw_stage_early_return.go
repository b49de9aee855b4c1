// A pipeline stage returns on its first bad record without draining its
// input or closing its output: the producer blocks sending the next record
// and main blocks reading results that never come.
package main

import (
	"fmt"
	"strconv"
)

func produce(records []string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, r := range records {
			out <- r
		}
	}()
	return out
}

func parse(in <-chan string) <-chan int {
	out := make(chan int)
	go func() {
		for r := range in {
			n, err := strconv.Atoi(r)
			if err != nil {
				return // bug: neither drains in nor closes out
			}
			out <- n
		}
		close(out)
	}()
	return out
}

func main() {
	sum := 0
	for n := range parse(produce([]string{"10", "20", "x30", "40"})) {
		sum += n
		fmt.Println("running sum", sum)
	}
	fmt.Println("total", sum)
}
