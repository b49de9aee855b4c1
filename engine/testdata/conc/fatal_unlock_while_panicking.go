// A handler defers Unlock before it takes the lock; when it panics before
// reaching Lock, the deferred Unlock is a fatal error, printed after the
// panic that was running.
package main

import (
	"fmt"
	"sync"
)

type registry struct {
	mu    sync.Mutex
	names map[string]int
}

func (r *registry) register(name string, done chan<- bool) {
	defer func() { done <- true }()
	defer r.mu.Unlock() // bug: deferred before Lock
	if name == "" {
		panic(fmt.Sprintf("register: empty name (have %d)", len(r.names)))
	}
	r.mu.Lock()
	r.names[name]++
}

func main() {
	r := &registry{names: map[string]int{}}
	done := make(chan bool)
	go r.register("api", done)
	<-done
	fmt.Println("registered:", r.names)
	go r.register("", done)
	<-done
	fmt.Println("not reached")
}
