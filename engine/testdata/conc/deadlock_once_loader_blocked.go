// A lazily loaded config (sync.Once) whose loader waits for a channel
// nobody sends on: the first caller blocks inside the loader, the second
// waits for the first inside sync.Once ("sync.Mutex.Lock" in the dump), and
// main waits for both.
package main

import (
	"fmt"
	"sync"
	"time"
)

type lazy struct {
	once    sync.Once
	value   string
	sources chan string
}

func (l *lazy) get() string {
	l.once.Do(func() {
		l.value = "loaded " + <-l.sources
	})
	return l.value
}

func main() {
	l := &lazy{sources: make(chan string)}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		fmt.Println(l.get())
	}()
	go func() {
		defer wg.Done()
		time.Sleep(50 * time.Millisecond)
		fmt.Println(l.get())
	}()
	wg.Wait()
}
