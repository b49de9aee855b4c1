// A ticker delivers a fixed number of ticks and is then stopped.
package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(20 * time.Millisecond)
	start := time.Now()
	for i := 1; i <= 5; i++ {
		<-ticker.C
		fmt.Println("tick", i)
	}
	ticker.Stop()
	fmt.Println("at least 100ms passed:", time.Since(start) >= 100*time.Millisecond)
	select {
	case <-ticker.C:
		fmt.Println("tick after stop")
	case <-time.After(80 * time.Millisecond):
		fmt.Println("no ticks after stop")
	}
}
