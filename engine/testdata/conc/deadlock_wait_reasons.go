// Wait reasons Go prints in a deadlock dump: a second writer waiting for
// the first on an RWMutex (sync.Mutex.Lock), a reader waiting for a writer
// (sync.RWMutex.RLock), a receive from Background().Done() (a nil channel),
// a range over a nil channel, and a WaitGroup.Wait inside a helper.
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

type registry struct {
	mu    sync.RWMutex
	items map[string]int
}

func (r *registry) set(k string, v int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.items[k] = v
}

func (r *registry) get(k string) int {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.items[k]
}

func waitAll(wg *sync.WaitGroup) {
	wg.Wait()
}

func main() {
	r := &registry{items: map[string]int{}}
	r.mu.Lock() // held forever
	var wg sync.WaitGroup
	wg.Add(4)
	go func() { defer wg.Done(); r.set("a", 1) }()
	time.Sleep(50 * time.Millisecond)
	go func() { defer wg.Done(); fmt.Println(r.get("a")) }()
	go func() {
		defer wg.Done()
		<-context.Background().Done()
	}()
	go func() {
		defer wg.Done()
		var updates chan int
		for u := range updates {
			fmt.Println(u)
		}
	}()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("waiting")
	waitAll(&wg)
}
