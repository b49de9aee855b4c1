// time.Since against a known sleep; the wall time itself is never printed,
// only facts about it that hold on any machine.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(100 * time.Millisecond)
	elapsed := time.Since(start)
	fmt.Println("elapsed >= 100ms:", elapsed >= 100*time.Millisecond)

	deadline := start.Add(250 * time.Millisecond)
	fmt.Println("before deadline:", time.Now().Before(deadline))
	time.Sleep(time.Until(deadline))
	fmt.Println("after deadline:", !time.Now().Before(deadline))
	fmt.Println("total >= 250ms:", time.Since(start) >= 250*time.Millisecond)

	d := 1500 * time.Millisecond
	fmt.Println("duration:", d, d.Round(time.Second), d.Truncate(time.Second))
}
