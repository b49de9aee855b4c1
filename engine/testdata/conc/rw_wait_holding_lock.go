// A flush holds the buffer's lock while it waits for the writers, but each
// writer needs that lock to finish: Wait and every Lock block forever.
package main

import (
	"fmt"
	"sync"
	"time"
)

type buffer struct {
	mu    sync.Mutex
	lines []string
	wg    sync.WaitGroup
}

func (b *buffer) write(s string) {
	defer b.wg.Done()
	time.Sleep(50 * time.Millisecond)
	b.mu.Lock()
	b.lines = append(b.lines, s)
	b.mu.Unlock()
}

func (b *buffer) flush() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.wg.Wait() // bug: writers need b.mu
	return len(b.lines)
}

func main() {
	b := &buffer{}
	for _, s := range []string{"GET /", "POST /login"} {
		b.wg.Add(1)
		go b.write(s)
	}
	fmt.Println("flushing")
	fmt.Println("flushed", b.flush())
}
