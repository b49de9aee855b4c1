// Three goroutines race to run a Once; exactly one wins, but which one
// depends on the schedule.
//
// output: "winner: 1\n"
// output: "winner: 2\n"
// output: "winner: 3\n"
// expect-all
package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	winner := 0
	var wg sync.WaitGroup
	for id := 1; id <= 3; id++ {
		wg.Go(func() {
			once.Do(func() { winner = id })
		})
	}
	wg.Wait()
	fmt.Println("winner:", winner)
}
