// After an unbuffered send completes, sender and receiver both continue:
// their next lines can come out in either order.
//
// output: "sender: sent 42\nreceiver: got 42\n"
// output: "receiver: got 42\nsender: sent 42\n"
// expect-all
package main

import "fmt"

func main() {
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		v := <-ch
		fmt.Println("receiver: got", v)
		done <- true
	}()
	ch <- 42
	fmt.Println("sender: sent 42")
	<-done
}
