// Unlock of an RWMutex that is not write-locked is a fatal error too.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	fmt.Println("read-locked")
	rw.Unlock()
}
