// A batch loop locks the stats mutex per item but forgets to unlock it on
// the `continue` path for invalid items: the next iteration's Lock waits on
// the caller itself.
package main

import (
	"fmt"
	"strconv"
	"sync"
)

type stats struct {
	mu      sync.Mutex
	ok, bad int
}

func (s *stats) ingest(items []string) {
	for _, it := range items {
		s.mu.Lock()
		if _, err := strconv.Atoi(it); err != nil {
			s.bad++
			fmt.Println("skipping", strconv.Quote(it))
			continue // bug: s.mu is still held
		}
		s.ok++
		s.mu.Unlock()
	}
}

func main() {
	s := &stats{}
	done := make(chan struct{})
	go func() {
		s.ingest([]string{"1", "2", "x3", "4"})
		close(done)
	}()
	<-done
	fmt.Println("ok", s.ok, "bad", s.bad)
}
