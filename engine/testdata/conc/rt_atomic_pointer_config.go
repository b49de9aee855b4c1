// Hot configuration reload with atomic.Pointer: readers always see a
// complete config, a writer publishes new versions with CompareAndSwap.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type config struct {
	version int
	limits  map[string]int
}

func main() {
	var current atomic.Pointer[config]
	fmt.Println("before Store:", current.Load() == nil)
	current.Store(&config{version: 1, limits: map[string]int{"rps": 100}})

	var wg sync.WaitGroup
	var bad atomic.Int32
	for r := 0; r < 3; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				c := current.Load()
				if c.limits["rps"] != c.version*100 {
					bad.Add(1)
				}
			}
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		for v := 2; v <= 5; v++ {
			for {
				old := current.Load()
				next := &config{version: old.version + 1, limits: map[string]int{"rps": (old.version + 1) * 100}}
				if current.CompareAndSwap(old, next) {
					break
				}
			}
		}
	}()
	wg.Wait()
	c := current.Load()
	fmt.Println("version:", c.version, "rps:", c.limits["rps"], "inconsistent reads:", bad.Load())
	old := current.Swap(&config{version: 9})
	fmt.Println("swapped out version", old.version, "now", current.Load().version)
}
