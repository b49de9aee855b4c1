// Poll a readiness flag on a ticker until it is set or a deadline passes,
// the way health checks wait for a service to come up.
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func waitReady(ready *atomic.Bool, every, timeout time.Duration) (int, error) {
	tick := time.NewTicker(every)
	defer tick.Stop()
	deadline := time.After(timeout)
	polls := 0
	for {
		select {
		case <-tick.C:
			polls++
			if ready.Load() {
				return polls, nil
			}
		case <-deadline:
			return polls, fmt.Errorf("not ready after %v", timeout)
		}
	}
}

func main() {
	var svc atomic.Bool
	go func() {
		time.Sleep(230 * time.Millisecond)
		svc.Store(true)
	}()
	polls, err := waitReady(&svc, 100*time.Millisecond, time.Second)
	fmt.Println("service:", polls, "polls, err:", err)

	var never atomic.Bool
	polls, err = waitReady(&never, 100*time.Millisecond, 350*time.Millisecond)
	fmt.Println("never:", polls, "polls, err:", err)
}
