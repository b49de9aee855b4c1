// Both the worker and a cleanup path call Done for the same task: the
// second Done drives the counter negative and panics in the worker.
package main

import (
	"fmt"
	"sync"
	"time"
)

func worker(id int, wg *sync.WaitGroup, fail bool) {
	defer wg.Done()
	if fail {
		fmt.Println("worker", id, "failed, marking done early")
		wg.Done()
		time.Sleep(100 * time.Millisecond)
	}
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go worker(1, &wg, true)
	wg.Wait()
	fmt.Println("main: all done")
	time.Sleep(300 * time.Millisecond)
	fmt.Println("not reached")
}
