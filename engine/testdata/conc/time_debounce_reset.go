// A debouncer: bursts of change events restart one Timer with Reset, and
// the save runs only after a quiet period; Stop reports whether a save was
// still pending at shutdown.
package main

import (
	"fmt"
	"sync"
	"time"
)

type debouncer struct {
	mu    sync.Mutex
	t     *time.Timer
	saves int
	wait  time.Duration
}

func (d *debouncer) changed(saved chan<- int) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.t == nil {
		d.t = time.AfterFunc(d.wait, func() {
			d.mu.Lock()
			d.saves++
			n := d.saves
			d.mu.Unlock()
			saved <- n
		})
		return
	}
	d.t.Reset(d.wait)
}

func main() {
	saved := make(chan int, 10)
	d := &debouncer{wait: 200 * time.Millisecond}
	for range 4 { // a burst: one save
		d.changed(saved)
		time.Sleep(50 * time.Millisecond)
	}
	fmt.Println("save", <-saved)
	for range 2 { // another burst
		d.changed(saved)
		time.Sleep(50 * time.Millisecond)
	}
	fmt.Println("save", <-saved)
	d.changed(saved)
	fmt.Println("pending at shutdown:", d.t.Stop())
	time.Sleep(300 * time.Millisecond)
	fmt.Println("saves:", len(saved)+2)
}
