// NewTimer, Stop and Reset with Go 1.23+ semantics: after Stop no stale
// value is left in the channel, and Reset re-arms the timer.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println("stop active timer:", t.Stop())
	fmt.Println("stop again:", t.Stop())
	select {
	case <-t.C:
		fmt.Println("stale value")
	default:
		fmt.Println("channel empty after stop")
	}

	fmt.Println("reset stopped timer:", t.Reset(20*time.Millisecond))
	<-t.C
	fmt.Println("fired after reset")
	fmt.Println("stop fired timer:", t.Stop())

	t2 := time.NewTimer(30 * time.Millisecond)
	time.Sleep(100 * time.Millisecond)
	// The timer has expired but nobody received: Reset reports false and
	// (since Go 1.23) discards the pending value.
	fmt.Println("reset expired timer:", t2.Reset(40*time.Millisecond))
	start := time.Now()
	<-t2.C
	fmt.Println("waited for the new deadline:", time.Since(start) >= 40*time.Millisecond)
}
