// runtime.Gosched yields the processor; used here in a polling loop that
// waits for a counter to reach a target set by other goroutines.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

func main() {
	var done atomic.Int32
	for i := 0; i < 5; i++ {
		go func() {
			runtime.Gosched()
			done.Add(1)
		}()
	}
	spins := 0
	for done.Load() < 5 {
		runtime.Gosched()
		spins++
	}
	fmt.Println("all five done:", done.Load())
	fmt.Println("spun a non-negative number of times:", spins >= 0)
	runtime.Gosched()
	fmt.Println("main still running")
}
