// Lesson 6's bug: Add is called inside the goroutine, so Wait may return
// before some (or all) workers have even registered.
//
// output: "finished before Wait returned: 0\n"
// output: "finished before Wait returned: 1\n"
// output: "finished before Wait returned: 2\n"
// output: "finished before Wait returned: 3\n"
// expect: "finished before Wait returned: 0\n"
//
// Go's WaitGroup may also detect the misuse (an Add racing with Wait) and
// panic with "sync: WaitGroup misuse: Add called concurrently with Wait":
// output: "" exit=2
package main

import (
	"fmt"
	"sync"
)

var (
	mu       sync.Mutex
	finished int
)

// worker registers itself with the WaitGroup: too late, since main may
// already be past Wait.
func worker(wg *sync.WaitGroup) {
	wg.Add(1)
	defer wg.Done()
	mu.Lock()
	finished++
	mu.Unlock()
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		go worker(&wg)
	}
	wg.Wait()
	mu.Lock()
	n := finished
	mu.Unlock()
	fmt.Println("finished before Wait returned:", n)
}
