// Publishing data with an atomic flag: the writer fills a struct and then
// sets ready; a reader that sees ready also sees the data (the atomic store
// and load create the happens-before edge).
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

type report struct {
	lines []string
	total int
}

func main() {
	var ready atomic.Bool
	var r report
	go func() {
		r.lines = []string{"alpha", "beta"}
		r.total = 2
		ready.Store(true)
	}()
	for !ready.Load() {
		runtime.Gosched()
	}
	fmt.Println(r.lines, r.total)
}
