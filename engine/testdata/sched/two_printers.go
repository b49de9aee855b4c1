// Two goroutines print one line each; main waits for both, but nothing
// orders the two goroutines against each other.
//
// output: "alpha\nbeta\ndone\n"
// output: "beta\nalpha\ndone\n"
// expect-all
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for _, name := range []string{"alpha", "beta"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println(name)
		}()
	}
	wg.Wait()
	fmt.Println("done")
}
