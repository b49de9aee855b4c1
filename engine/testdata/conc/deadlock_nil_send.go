// Sending on a nil channel blocks forever.
package main

import "fmt"

func main() {
	var out chan string
	fmt.Println("sending to a nil channel")
	out <- "lost"
}
