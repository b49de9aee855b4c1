// An infinite generator stopped early by closing a done channel.
// The generator acknowledges the stop so main can report it.
package main

import "fmt"

func naturals(done <-chan struct{}, stopped chan<- int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		n := 0
		for {
			select {
			case out <- n:
				n++
			case <-done:
				stopped <- n
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	stopped := make(chan int)
	nums := naturals(done, stopped)
	for i := 0; i < 5; i++ {
		fmt.Println("value", <-nums)
	}
	close(done)
	n := <-stopped
	fmt.Println("generator stopped after sending", n)
	_, ok := <-nums
	fmt.Println("channel open:", ok)
}
