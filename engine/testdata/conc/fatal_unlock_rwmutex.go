// Unlock of an RWMutex that is only read-locked is a fatal error: the
// writer path releases the wrong kind of lock.
package main

import (
	"fmt"
	"sync"
)

type table struct {
	rw   sync.RWMutex
	rows []string
}

func (t *table) snapshot() []string {
	t.rw.RLock()
	defer t.rw.Unlock() // bug: should be RUnlock
	return append([]string(nil), t.rows...)
}

func main() {
	t := &table{rows: []string{"r1", "r2"}}
	fmt.Println("read-locking")
	fmt.Println(t.snapshot())
}
