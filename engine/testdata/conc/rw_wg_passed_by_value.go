// A WaitGroup passed by value: each worker calls Done on its own copy, so
// the WaitGroup main waits on never reaches zero.
package main

import (
	"fmt"
	"sync"
	"time"
)

func worker(id int, wg sync.WaitGroup, out chan<- int) {
	defer wg.Done() // BUG: Done on a copy
	out <- id * id
}

func main() {
	var wg sync.WaitGroup
	out := make(chan int, 3)
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(i, wg, out)
	}
	time.Sleep(100 * time.Millisecond)
	fmt.Println("results buffered:", len(out))
	wg.Wait()
	fmt.Println("unreachable")
}
