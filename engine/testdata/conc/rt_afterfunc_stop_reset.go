// time.AfterFunc returns a Timer whose Stop and Reset report whether the
// callback was still pending: a stopped callback never runs, a Reset after
// it fired schedules it again.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var fired []string
	record := func(s string) func() {
		return func() {
			mu.Lock()
			fired = append(fired, s)
			mu.Unlock()
		}
	}

	a := time.AfterFunc(100*time.Millisecond, record("a"))
	fmt.Println("stop a before it fires:", a.Stop())
	fmt.Println("stop a again:", a.Stop())

	b := time.AfterFunc(50*time.Millisecond, record("b"))
	time.Sleep(150 * time.Millisecond)
	fmt.Println("stop b after it fired:", b.Stop())
	fmt.Println("reset b after it fired:", b.Reset(50*time.Millisecond))
	time.Sleep(150 * time.Millisecond)

	c := time.AfterFunc(400*time.Millisecond, record("c"))
	time.Sleep(50 * time.Millisecond)
	fmt.Println("reset pending c:", c.Reset(100*time.Millisecond))
	time.Sleep(200 * time.Millisecond)

	mu.Lock()
	fmt.Println("fired:", fired)
	mu.Unlock()
	fmt.Println("AfterFunc timer has no channel:", b.C == nil)
}
