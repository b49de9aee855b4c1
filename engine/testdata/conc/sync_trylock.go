// TryLock never blocks: it reports whether it got the lock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	fmt.Println("TryLock on free mutex:", mu.TryLock())
	fmt.Println("TryLock on held mutex:", mu.TryLock())

	result := make(chan bool)
	go func() { result <- mu.TryLock() }()
	fmt.Println("another goroutine's TryLock:", <-result)
	mu.Unlock()
	go func() { result <- mu.TryLock() }()
	fmt.Println("after Unlock, other goroutine's TryLock:", <-result)
	mu.Unlock()

	var rw sync.RWMutex
	rw.RLock()
	fmt.Println("TryRLock with a reader:", rw.TryRLock())
	fmt.Println("TryLock with readers:", rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("TryLock when free:", rw.TryLock())
	fmt.Println("TryRLock with a writer:", rw.TryRLock())
	rw.Unlock()
}
