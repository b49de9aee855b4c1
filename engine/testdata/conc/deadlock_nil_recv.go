// Receiving from a nil channel blocks forever.
package main

import "fmt"

type worker struct {
	results chan int
}

func main() {
	w := worker{} // results never made
	fmt.Println("receiving from a nil channel")
	fmt.Println(<-w.results)
}
