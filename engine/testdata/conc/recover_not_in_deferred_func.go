// recover only stops a panic when the deferred function itself calls it:
// `defer logRecover(...)` works, but a helper called from inside a deferred
// closure gets nil, so that worker's panic is not stopped.
package main

import (
	"fmt"
	"sync"
)

func logRecover(tag string) {
	if r := recover(); r != nil {
		fmt.Println(tag, "recovered:", r)
	}
}

func direct(wg *sync.WaitGroup) {
	defer wg.Done()
	defer logRecover("direct") // recover is called by the deferred function
	panic("direct failure")
}

func nested(wg *sync.WaitGroup) {
	defer wg.Done()
	defer func() {
		logRecover("nested") // too deep: returns nil
	}()
	panic("nested failure")
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go direct(&wg)
	wg.Wait()
	wg.Add(1)
	go nested(&wg)
	wg.Wait()
	select {}
}
