// A select whose channels are all idle, with no default, blocks forever.
package main

import "fmt"

func main() {
	data := make(chan int)
	quit := make(chan bool)
	fmt.Println("selecting")
	select {
	case v := <-data:
		fmt.Println("data", v)
	case <-quit:
		fmt.Println("quit")
	}
}
