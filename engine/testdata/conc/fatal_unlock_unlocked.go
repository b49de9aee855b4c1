// Unlocking an unlocked mutex is a fatal error (not a recoverable panic).
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() {
		fmt.Println("recover cannot catch it:", recover())
	}()
	var mu sync.Mutex
	mu.Lock()
	fmt.Println("locked")
	mu.Unlock()
	fmt.Println("unlocked")
	mu.Unlock()
}
