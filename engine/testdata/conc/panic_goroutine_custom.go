// A goroutine panics with an error value after main has printed some
// output; the error's message follows "panic: ".
package main

import (
	"errors"
	"fmt"
)

var errCorrupt = errors.New("checksum mismatch in block 3")

func verify(blocks []int, done chan<- bool) {
	for i, b := range blocks {
		if b%7 == 0 {
			panic(fmt.Errorf("verify: %w (index %d)", errCorrupt, i))
		}
	}
	done <- true
}

func main() {
	done := make(chan bool)
	fmt.Println("verifying")
	go verify([]int{3, 5, 14, 2}, done)
	<-done
	fmt.Println("verified")
}
