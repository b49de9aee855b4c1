// Signal hands a turn token from goroutine to goroutine in a fixed ring
// order; each waits in a for loop for its own turn.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	turn := 0
	const players, rounds = 3, 3
	var log []string
	var wg sync.WaitGroup
	for p := 0; p < players; p++ {
		wg.Go(func() {
			for r := 0; r < rounds; r++ {
				mu.Lock()
				for turn%players != p {
					cond.Wait()
				}
				log = append(log, fmt.Sprintf("p%d.r%d", p, r))
				turn++
				mu.Unlock()
				// Signal alone could wake the wrong player; wake all.
				cond.Broadcast()
			}
		})
	}
	wg.Wait()
	fmt.Println(log)
	fmt.Println("turns:", turn)
}
