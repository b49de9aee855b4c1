// time.Tick drives a heartbeat loop that stops after a fixed number of
// beats; a second loop uses a Timer re-armed with Reset as an idle timeout.
package main

import (
	"fmt"
	"time"
)

func main() {
	beats := 0
	for range time.Tick(25 * time.Millisecond) {
		beats++
		fmt.Println("heartbeat", beats)
		if beats == 3 {
			break
		}
	}

	events := make(chan string)
	go func() {
		for _, e := range []string{"open", "read", "close"} {
			time.Sleep(20 * time.Millisecond)
			events <- e
		}
	}()
	idle := time.NewTimer(200 * time.Millisecond)
	for {
		select {
		case e := <-events:
			fmt.Println("event", e)
			idle.Reset(200 * time.Millisecond)
		case <-idle.C:
			fmt.Println("idle for 200ms, stopping")
			return
		}
	}
}
