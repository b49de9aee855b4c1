// Taking the write lock while holding the read lock deadlocks.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	cache := map[string]int{}
	rw.RLock()
	if _, ok := cache["k"]; !ok {
		fmt.Println("miss; upgrading to write lock")
		rw.Lock()
		cache["k"] = 1
		rw.Unlock()
	}
	rw.RUnlock()
}
