// RWMutex writer preference: once a writer is waiting for Lock, new readers
// are held back (TryRLock fails) until the writer has had its turn.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var rw sync.RWMutex
	config := "v1"
	rw.RLock() // a long-running reader

	writerDone := make(chan string)
	go func() {
		rw.Lock() // blocks: the reader is still inside
		config = "v2"
		rw.Unlock()
		writerDone <- "writer stored " + config
	}()
	time.Sleep(100 * time.Millisecond) // let the writer queue up

	fmt.Println("new reader admitted while writer waits:", rw.TryRLock())
	fmt.Println("old reader sees", config)
	rw.RUnlock()

	fmt.Println(<-writerDone)
	rw.RLock()
	fmt.Println("reader after writer sees", config)
	rw.RUnlock()
}
