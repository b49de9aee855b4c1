// An empty select blocks forever; it is sometimes used to park main while
// goroutines do the work, which deadlocks once they have all finished.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 1; i <= 3; i++ {
		wg.Go(func() {
			mu.Lock()
			total += i
			mu.Unlock()
		})
	}
	wg.Wait()
	fmt.Println("workers finished, total", total)
	select {}
}
