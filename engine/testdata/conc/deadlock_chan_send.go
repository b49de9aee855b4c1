// A send on an unbuffered channel with no receiver blocks forever.
package main

import "fmt"

func main() {
	ch := make(chan string)
	fmt.Println("sending")
	ch <- "hello"
	fmt.Println("sent")
}
