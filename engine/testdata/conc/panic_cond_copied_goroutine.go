// A worker gets its coordination struct by value after the Cond in it was
// used: its Broadcast on the copy panics with "sync.Cond is copied".
package main

import (
	"fmt"
	"sync"
)

type phase struct {
	mu   sync.Mutex
	gate sync.Cond
	n    int
}

func finish(p phase, wg *sync.WaitGroup) {
	defer wg.Done()
	p.mu.Lock()
	p.n++
	p.mu.Unlock()
	p.gate.Broadcast()
}

func main() {
	var p phase
	p.gate.L = &p.mu
	p.gate.Broadcast() // first use: the Cond is marked as in use here
	fmt.Println("phase ready")
	var wg sync.WaitGroup
	wg.Add(1)
	go finish(p, &wg) // vet: passes lock by value
	wg.Wait()
	select {} // the worker's panic ends the program
}
