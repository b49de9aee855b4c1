// Taking the read lock while this goroutine holds the write lock deadlocks.
package main

import (
	"fmt"
	"sync"
)

var (
	mu    sync.RWMutex
	names = map[int]string{}
)

func lookup(id int) string {
	mu.RLock()
	defer mu.RUnlock()
	return names[id]
}

func main() {
	mu.Lock()
	names[1] = "one"
	fmt.Println("stored; looking up under the write lock")
	fmt.Println(lookup(1))
	mu.Unlock()
}
