// A reader takes the read lock, then calls a helper that read-locks again.
// In between a writer asked for the lock: Go's RWMutex makes new readers
// wait for a pending writer, so the second RLock blocks, the writer waits
// for the first reader, and everything deadlocks (etcd/Kubernetes bug).
package main

import (
	"fmt"
	"sync"
	"time"
)

type config struct {
	mu   sync.RWMutex
	vals map[string]string
}

func (c *config) get(k string) string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.vals[k]
}

func (c *config) describe() string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	time.Sleep(200 * time.Millisecond) // the writer arrives meanwhile
	return "host=" + c.get("host")
}

func (c *config) set(k, v string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.vals[k] = v
}

func main() {
	c := &config{vals: map[string]string{"host": "db1"}}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		fmt.Println(c.describe())
	}()
	go func() {
		defer wg.Done()
		time.Sleep(50 * time.Millisecond)
		c.set("host", "db2")
	}()
	wg.Wait()
}
