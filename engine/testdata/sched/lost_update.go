// counter++ is a load, an add and a store. Two goroutines each increment an
// unsynchronized counter twice; interleaved loads and stores lose updates.
// (A data race, on purpose: lesson 7.)
//
// output: "counter: 4\n"
// output: "counter: 3\n"
// output: "counter: 2\n"
// expect: "counter: 4\n"
// expect: "counter: 3\n"
package main

import (
	"fmt"
	"sync"
)

var counter int

func main() {
	var wg sync.WaitGroup
	for g := 0; g < 2; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 2; i++ {
				counter++
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter:", counter)
}
