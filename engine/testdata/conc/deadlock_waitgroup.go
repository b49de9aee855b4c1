// A worker forgets to call Done on one path, so Wait never returns.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make([]int, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			if i == 1 {
				return // bug: no Done
			}
			results[i] = i * 10
			wg.Done()
		}()
	}
	fmt.Println("waiting for 3 workers")
	wg.Wait()
	fmt.Println(results)
}
