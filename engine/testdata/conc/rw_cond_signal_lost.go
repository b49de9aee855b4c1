// The producer signals before the consumer waits, and the consumer checks
// no condition: the signal is lost and the consumer waits forever.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	go func() {
		mu.Lock()
		ready = true
		cond.Signal() // nobody is waiting yet
		mu.Unlock()
		fmt.Println("signalled")
	}()
	time.Sleep(100 * time.Millisecond)
	mu.Lock()
	fmt.Println("ready before waiting:", ready)
	cond.Wait() // BUG: should be `for !ready { cond.Wait() }`
	mu.Unlock()
	fmt.Println("unreachable")
}
