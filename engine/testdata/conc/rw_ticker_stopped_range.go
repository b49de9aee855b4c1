// Stop does not close a ticker's channel: a loop that ranges over t.C
// waiting for the channel to end blocks forever once the ticker is stopped.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTicker(100 * time.Millisecond)
	go func() {
		time.Sleep(350 * time.Millisecond)
		t.Stop()
		fmt.Println("ticker stopped")
	}()
	n := 0
	for range t.C { // bug: t.C is never closed
		n++
		fmt.Println("tick", n)
	}
	fmt.Println("loop ended after", n, "ticks")
}
