// A ticker slowed down with Reset and then stopped: no ticks arrive after
// Stop, and a stopped ticker can be restarted with Reset.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTicker(100 * time.Millisecond)
	start := time.Now()
	for i := range 2 {
		<-t.C
		fmt.Println("fast tick", i)
	}
	t.Reset(300 * time.Millisecond)
	<-t.C
	fmt.Println("slow tick after >= 450ms:", time.Since(start) >= 450*time.Millisecond)
	t.Stop()
	select {
	case <-t.C:
		fmt.Println("tick after stop")
	case <-time.After(500 * time.Millisecond):
		fmt.Println("no tick after stop")
	}
	t.Reset(50 * time.Millisecond)
	<-t.C
	<-t.C
	fmt.Println("restarted, len:", len(t.C), "cap:", cap(t.C))
	t.Stop()
}
