// When main calls runtime.Goexit the program does not exit: other
// goroutines go on. Once they are all done Go reports a deadlock, because
// nothing is left to run and main never returned.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	done := make(chan struct{})
	go func() {
		<-done
		for i := 1; i <= 3; i++ {
			time.Sleep(50 * time.Millisecond)
			fmt.Println("background step", i)
		}
	}()
	defer func() {
		fmt.Println("main's deferred call runs first")
		close(done)
	}()
	runtime.Goexit()
	fmt.Println("unreachable")
}
