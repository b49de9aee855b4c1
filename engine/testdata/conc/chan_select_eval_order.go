// Select evaluates every case's channel and send-value expressions, in
// source order, before it chooses (even for a nil channel or when default
// wins); a closed channel's receive case is always ready; a panic while
// evaluating a send value happens before any case is chosen.
package main

import "fmt"

func val(s string) int { fmt.Println("eval", s); return len(s) }

func chanOf(s string, c chan int) chan int { fmt.Println("chan", s); return c }

func main() {
	var nilc chan int
	full := make(chan int, 1)
	full <- 1
	for i := range 2 {
		select {
		case chanOf("a", nilc) <- val("send-a"):
			fmt.Println("a")
		case chanOf("b", full) <- val("send-b"):
			fmt.Println("b")
		case v := <-chanOf("c", nilc):
			fmt.Println("c", v)
		default:
			fmt.Println("default", i)
		}
	}
	done := make(chan struct{})
	close(done)
loop:
	for i := 0; ; i++ {
		select {
		case _, ok := <-done:
			if i < 2 {
				fmt.Println("closed, ok =", ok)
				continue loop
			}
			break loop
		}
	}
	fmt.Println("out")
	defer func() { fmt.Println("recovered:", recover()) }()
	select {
	case full <- val("x") / (len(full) - 1):
	default:
	}
}
