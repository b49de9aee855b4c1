// os.Exit in a goroutine ends the whole program at once with its status:
// no deferred call runs, in that goroutine or in main.
package main

import (
	"fmt"
	"os"
	"sync"
)

func main() {
	defer fmt.Println("main deferred: never printed")
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer fmt.Println("worker deferred: never printed")
		fmt.Println("worker: fatal config error, exiting 3")
		os.Exit(3)
	}()
	wg.Wait()
	fmt.Println("main: not reached")
}
