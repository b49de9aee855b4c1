// Busy-waiting: main spins on an atomic flag that a goroutine sets after a
// short sleep, then busy-loops until time.Since passes a bound. Time passes
// while a goroutine computes, so both loops end.
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

type spinLock struct{ held atomic.Bool }

func (l *spinLock) Lock() {
	for !l.held.CompareAndSwap(false, true) {
	}
}

func (l *spinLock) Unlock() { l.held.Store(false) }

func main() {
	var ready atomic.Bool
	go func() {
		time.Sleep(20 * time.Millisecond)
		ready.Store(true)
	}()
	spins := 0
	for !ready.Load() {
		spins++
	}
	fmt.Println("flag seen after spinning:", spins > 0)

	start := time.Now()
	for time.Since(start) < 30*time.Millisecond {
	}
	fmt.Println("busy loop lasted >= 30ms:", time.Since(start) >= 30*time.Millisecond)

	var l spinLock
	l.Lock()
	done := make(chan int)
	go func() {
		l.Lock() // spins until main unlocks
		defer l.Unlock()
		done <- 42
	}()
	time.Sleep(20 * time.Millisecond)
	l.Unlock()
	fmt.Println("spin lock handed over:", <-done)
}
