// A plain bool read by main while a goroutine may be writing it (a data
// race: lesson 9 replaces it with atomic.Bool). Main reads it once.
//
// output: "ready: false\n"
// output: "ready: true\n"
// expect-all
package main

import (
	"fmt"
	"runtime"
)

var ready bool

func main() {
	go func() {
		ready = true
	}()
	runtime.Gosched()
	v := ready
	fmt.Println("ready:", v)
}
