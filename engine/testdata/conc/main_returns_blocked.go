// main returns while other goroutines are blocked forever: the program
// exits with status 0 and nothing is reported about them.
package main

import (
	"fmt"
	"sync"
)

func main() {
	never := make(chan int)
	var mu sync.Mutex
	mu.Lock()
	started := make(chan bool)
	go func() {
		started <- true
		v := <-never
		fmt.Println("never printed", v)
	}()
	go func() {
		started <- true
		mu.Lock()
		fmt.Println("never printed either")
	}()
	go func() {
		started <- true
		select {}
	}()
	for i := 0; i < 3; i++ {
		<-started
	}
	fmt.Println("main returns with 3 goroutines blocked")
}
