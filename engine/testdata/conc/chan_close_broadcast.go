// Closing a channel wakes every receiver at once: a start gun for N runners.
package main

import (
	"fmt"
	"sync"
)

func main() {
	start := make(chan struct{})
	var ready, finished sync.WaitGroup
	laps := make([]int, 5)
	for i := range laps {
		ready.Add(1)
		finished.Add(1)
		go func() {
			defer finished.Done()
			ready.Done()
			<-start
			for l := 0; l <= i; l++ {
				laps[i] += 100
			}
		}()
	}
	ready.Wait()
	fmt.Println("all runners at the line")
	close(start)
	finished.Wait()
	for i, l := range laps {
		fmt.Printf("runner %d ran %dm\n", i, l)
	}
	_, ok := <-start
	fmt.Println("start still open:", ok)
}
