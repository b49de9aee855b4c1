// A fast answer wins the race against a generous timeout, in a loop.
package main

import (
	"fmt"
	"time"
)

func lookup(key string) <-chan string {
	c := make(chan string, 1)
	go func() {
		time.Sleep(10 * time.Millisecond)
		c <- "value-of-" + key
	}()
	return c
}

func main() {
	for _, k := range []string{"a", "b", "c"} {
		select {
		case v := <-lookup(k):
			fmt.Println(k, "=>", v)
		case <-time.After(500 * time.Millisecond):
			fmt.Println(k, "timed out")
		}
	}
	never := make(chan int)
	select {
	case <-never:
		fmt.Println("impossible")
	case <-time.After(60 * time.Millisecond):
		fmt.Println("never channel: timeout")
	}
}
