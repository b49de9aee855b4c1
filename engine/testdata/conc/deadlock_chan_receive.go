// main waits for a value nobody will send.
package main

import "fmt"

func main() {
	results := make(chan int)
	fmt.Println("waiting for a result")
	fmt.Println(<-results)
}
