// The mutex makes each append safe, but which goroutine gets the lock first
// is up to the scheduler.
//
// output: "[left right]\n"
// output: "[right left]\n"
// expect-all
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var order []string
	var wg sync.WaitGroup
	for _, side := range []string{"left", "right"} {
		wg.Go(func() {
			mu.Lock()
			defer mu.Unlock()
			order = append(order, side)
		})
	}
	wg.Wait()
	fmt.Println(order)
}
