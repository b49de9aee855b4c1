// Workers loop doing units of work until their context is cancelled; main
// cancels once every worker has done at least 3 units, then waits for all.
package main

import (
	"context"
	"fmt"
	"sync"
)

func worker(ctx context.Context, id int, progress chan<- int, stopped chan<- string) {
	units := 0
	for {
		select {
		case <-ctx.Done():
			stopped <- fmt.Sprintf("worker %d stopped: %v", id, ctx.Err())
			return
		default:
		}
		units++
		if units == 3 {
			progress <- id
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	progress := make(chan int)
	stopped := make(chan string, 4)
	var wg sync.WaitGroup
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			worker(ctx, i, progress, stopped)
		}()
	}
	seen := map[int]bool{}
	for len(seen) < 4 {
		seen[<-progress] = true
	}
	cancel()
	wg.Wait()
	close(stopped)
	lines := make([]string, 5)
	for s := range stopped {
		var id int
		fmt.Sscanf(s, "worker %d", &id)
		lines[id] = s
	}
	for _, l := range lines[1:] {
		fmt.Println(l)
	}
}
