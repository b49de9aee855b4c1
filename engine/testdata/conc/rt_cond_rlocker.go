// A Cond over an RWMutex's read lock (RLocker): readers wait for a version
// bump while a writer holds the write lock to change it.
package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type store struct {
	mu      sync.RWMutex
	changed *sync.Cond
	version int
}

func main() {
	s := &store{}
	s.changed = sync.NewCond(s.mu.RLocker())
	var wg sync.WaitGroup
	var out sync.Mutex
	var seen []string
	for _, name := range []string{"r1", "r2", "r3"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.mu.RLock()
			for s.version < 2 {
				s.changed.Wait()
			}
			v := s.version
			s.mu.RUnlock()
			out.Lock()
			seen = append(seen, fmt.Sprintf("%s saw v%d", name, v))
			out.Unlock()
		}()
	}
	for i := 0; i < 2; i++ {
		time.Sleep(100 * time.Millisecond)
		s.mu.Lock()
		s.version++
		s.mu.Unlock()
		s.changed.Broadcast()
	}
	wg.Wait()
	sort.Strings(seen)
	fmt.Println(seen)
}
