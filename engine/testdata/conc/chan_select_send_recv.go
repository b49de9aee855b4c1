// One select with both a send case and a receive case: a relay moves values
// from in to out, disabling the send case (nil channel) while it holds
// nothing and the receive case while its one-slot buffer is full.
package main

import "fmt"

func relay(in <-chan int, out chan<- int) {
	var pending []int
	for in != nil || len(pending) > 0 {
		var send chan<- int
		var next int
		recv := in
		if len(pending) > 0 {
			send, next = out, pending[0]
			recv = nil
		}
		select {
		case v, ok := <-recv:
			if !ok {
				in = nil
				continue
			}
			pending = append(pending, v*100)
		case send <- next:
			pending = pending[1:]
		}
	}
	close(out)
}

func main() {
	in := make(chan int)
	out := make(chan int)
	go relay(in, out)
	go func() {
		for i := 1; i <= 4; i++ {
			in <- i
		}
		close(in)
	}()
	for v := range out {
		fmt.Println("relayed", v)
	}
}
