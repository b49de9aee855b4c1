// A watchdog cancels the job's context when heartbeats stop arriving: the
// worker beats every 50ms for a while and then hangs, the watchdog's timer
// (reset on each beat) fires 150ms later, and the cause says why.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var errNoHeartbeat = errors.New("no heartbeat for 150ms")

func worker(ctx context.Context, beats chan<- int) {
	for i := 1; i <= 4; i++ {
		select {
		case beats <- i:
		case <-ctx.Done():
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	<-ctx.Done() // hangs until cancelled
	fmt.Println("worker: cancelled:", context.Cause(ctx))
	close(beats)
}

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	beats := make(chan int)
	go worker(ctx, beats)
	wd := time.NewTimer(150 * time.Millisecond)
	last := 0
	for running := true; running; {
		select {
		case b, ok := <-beats:
			if !ok {
				running = false
				break
			}
			last = b
			wd.Reset(150 * time.Millisecond)
		case <-wd.C:
			cancel(errNoHeartbeat)
		}
	}
	fmt.Println("last heartbeat:", last)
	fmt.Println("err:", ctx.Err(), "cause is errNoHeartbeat:", errors.Is(context.Cause(ctx), errNoHeartbeat))
}
