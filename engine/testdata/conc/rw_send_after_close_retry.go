// Workers report on a results channel that main closes once they are done.
// One worker hands a retry to a goroutine that reports later, after the
// close: it panics with "send on closed channel".
package main

import (
	"fmt"
	"sync"
	"time"
)

func worker(id int, results chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	if id == 2 {
		go func() {
			time.Sleep(100 * time.Millisecond)
			results <- fmt.Sprintf("job %d: ok after retry", id)
		}()
		return
	}
	results <- fmt.Sprintf("job %d: ok", id)
}

func main() {
	results := make(chan string, 10)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(i, results, &wg)
	}
	wg.Wait()
	close(results)
	n := 0
	for range results {
		n++
	}
	fmt.Println("collected", n, "results")
	time.Sleep(time.Second)
	fmt.Println("unreachable")
}
