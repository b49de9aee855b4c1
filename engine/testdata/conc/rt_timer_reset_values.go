// Timer.Stop and Reset return values across a timer's life: active,
// stopped, fired and received, and NewTimer(0) firing at once.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println("reset active:", t.Reset(100*time.Millisecond))
	fmt.Println("stop active:", t.Stop())
	fmt.Println("reset stopped:", t.Reset(50*time.Millisecond))
	<-t.C
	fmt.Println("stop after receive:", t.Stop())
	fmt.Println("reset after receive:", t.Reset(50*time.Millisecond))
	select {
	case <-t.C:
		fmt.Println("fired again")
	case <-time.After(200 * time.Millisecond):
		fmt.Println("did not fire")
	}
	z := time.NewTimer(0)
	<-z.C
	fmt.Println("zero timer fired")
	neg := time.NewTimer(-time.Second)
	<-neg.C
	fmt.Println("negative timer fired, stop:", neg.Stop())
	var zeroT time.Timer
	defer func() { fmt.Println("recovered:", recover()) }()
	zeroT.Reset(time.Second)
}
