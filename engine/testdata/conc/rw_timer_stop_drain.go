// Pre-Go 1.23 code drains a timer after a failed Stop: `if !t.Stop() { <-t.C }`.
// Here the timer already fired and its value was received, so Stop returns
// false and the drain blocks forever.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(50 * time.Millisecond)
	select {
	case <-t.C:
		fmt.Println("timeout fired")
	case <-time.After(time.Second):
		fmt.Println("other")
	}
	if !t.Stop() {
		fmt.Println("Stop returned false: draining")
		<-t.C
	}
	t.Reset(50 * time.Millisecond)
	fmt.Println("unreachable")
}
