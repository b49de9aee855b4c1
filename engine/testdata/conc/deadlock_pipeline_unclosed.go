// The producer forgets to close its channel, so the consumer's range loop
// waits forever after the last value.
package main

import "fmt"

func main() {
	nums := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			nums <- i
		}
	}()
	for n := range nums {
		fmt.Println("got", n)
	}
	fmt.Println("not reached")
}
