// main returns while a goroutine is still sleeping (and one is still
// computing): their later output never appears.
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		time.Sleep(time.Hour)
		fmt.Println("an hour later")
	}()
	tick := time.NewTicker(time.Minute)
	go func() {
		for range tick.C {
			fmt.Println("tick")
		}
	}()
	go func() {
		time.Sleep(10 * time.Second)
		panic("too late to matter")
	}()
	fmt.Println("main done")
}
