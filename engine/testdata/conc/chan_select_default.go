// select with default makes channel operations non-blocking.
package main

import "fmt"

func trySend(c chan int, v int) bool {
	select {
	case c <- v:
		return true
	default:
		return false
	}
}

func tryRecv(c chan int) (int, bool) {
	select {
	case v := <-c:
		return v, true
	default:
		return 0, false
	}
}

func main() {
	c := make(chan int, 2)
	for i := 1; i <= 3; i++ {
		fmt.Println("send", i, trySend(c, i))
	}
	for i := 0; i < 3; i++ {
		v, ok := tryRecv(c)
		fmt.Println("recv", v, ok)
	}
	unbuf := make(chan int)
	fmt.Println("unbuffered send without receiver:", trySend(unbuf, 1))
	var nilc chan int
	fmt.Println("nil channel send:", trySend(nilc, 1))
	_, ok := tryRecv(nilc)
	fmt.Println("nil channel recv:", ok)
}
