// Closing a channel twice panics.
package main

import "fmt"

func shutdown(c chan struct{}) {
	close(c)
}

func main() {
	quit := make(chan struct{})
	shutdown(quit)
	fmt.Println("first close ok")
	shutdown(quit)
	fmt.Println("not reached")
}
