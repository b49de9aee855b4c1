// Lesson 6's bug: Add is called inside the goroutine, so Wait may return
// before some (or all) workers have even registered.
//
// output: "finished before Wait returned: 0\n"
// output: "finished before Wait returned: 1\n"
// output: "finished before Wait returned: 2\n"
// output: "finished before Wait returned: 3\n"
// expect: "finished before Wait returned: 0\n"
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	finished := 0
	for i := 0; i < 3; i++ {
		go func() {
			wg.Add(1)
			defer wg.Done()
			mu.Lock()
			finished++
			mu.Unlock()
		}()
	}
	wg.Wait()
	mu.Lock()
	n := finished
	mu.Unlock()
	fmt.Println("finished before Wait returned:", n)
}
