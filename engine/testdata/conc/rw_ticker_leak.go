// Stop stops a ticker from sending, but does not close its channel: a
// goroutine ranging over ticker.C never ends. main returns anyway.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"time"
)

func main() {
	ticker := time.NewTicker(200 * time.Millisecond)
	var ticks atomic.Int32
	go func() {
		for range ticker.C {
			ticks.Add(1)
		}
		fmt.Println("unreachable: the loop never ends")
	}()
	time.Sleep(700 * time.Millisecond)
	ticker.Stop()
	fmt.Println("ticks before Stop:", ticks.Load())
	time.Sleep(600 * time.Millisecond)
	fmt.Println("ticks after Stop:", ticks.Load())
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
