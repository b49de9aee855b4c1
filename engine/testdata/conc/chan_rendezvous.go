// An unbuffered channel is a rendezvous: the sender cannot finish its send
// until the receiver takes the value, so the order of these lines is fixed.
package main

import "fmt"

func main() {
	ch := make(chan string)
	ack := make(chan bool)
	go func() {
		for _, msg := range []string{"hello", "from", "the", "worker"} {
			ch <- msg
			<-ack
		}
		close(ch)
	}()
	i := 0
	for msg := range ch {
		i++
		fmt.Printf("%d: received %q\n", i, msg)
		ack <- true
	}
	fmt.Println("sender finished, len:", len(ch), "cap:", cap(ch))
}
