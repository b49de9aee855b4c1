// Whether TryLock succeeds depends on whether the other goroutine holds the
// lock at that moment.
//
// output: "trylock: true\n"
// output: "trylock: false\n"
// expect-all
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	wg.Go(func() {
		mu.Lock()
		mu.Unlock()
	})
	ok := mu.TryLock()
	if ok {
		mu.Unlock()
	}
	wg.Wait()
	fmt.Println("trylock:", ok)
}
