// The producer forgets to close its channel, so the consumer's range loop
// waits forever after the last value.
package main

import "fmt"

func produce(n int) <-chan int {
	nums := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			nums <- i * 10
		}
		// bug: missing close(nums)
	}()
	return nums
}

func main() {
	total := 0
	for n := range produce(3) {
		fmt.Println("got", n)
		total += n
	}
	fmt.Println("total", total)
}
