// Go 1.23+ timers: a timer that fired while nobody was receiving still
// counts as pending, so Stop returns true and the stale value is dropped;
// Reset on it also reports true and the channel only delivers the new tick.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(50 * time.Millisecond)
	time.Sleep(150 * time.Millisecond) // fired, value never received
	fmt.Println("len(t.C) after firing:", len(t.C), "cap:", cap(t.C))
	fmt.Println("Stop on fired, unreceived timer:", t.Stop())
	select {
	case <-t.C:
		fmt.Println("stale value received")
	default:
		fmt.Println("no stale value after Stop")
	}
	fmt.Println("Stop again:", t.Stop())

	u := time.NewTimer(50 * time.Millisecond)
	time.Sleep(150 * time.Millisecond)
	start := time.Now()
	fmt.Println("Reset on fired, unreceived timer:", u.Reset(100*time.Millisecond))
	<-u.C
	fmt.Println("waited for the new deadline:", time.Since(start) >= 100*time.Millisecond)
	fmt.Println("Reset after receive:", u.Reset(50*time.Millisecond))
	<-u.C
	fmt.Println("done")
}
