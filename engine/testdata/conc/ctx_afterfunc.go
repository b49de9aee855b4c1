// context.AfterFunc runs a callback in its own goroutine once the context
// is done; stop prevents a callback that has not started.
package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	fired := make(chan string)
	context.AfterFunc(ctx, func() {
		fired <- "cleanup ran: " + ctx.Err().Error()
	})
	stop := context.AfterFunc(ctx, func() {
		fired <- "should not run"
	})
	fmt.Println("stopped second callback:", stop())
	fmt.Println("stop again:", stop())
	cancel()
	fmt.Println(<-fired)

	done, cancelDone := context.WithCancel(context.Background())
	cancelDone()
	late := make(chan bool)
	stopLate := context.AfterFunc(done, func() { late <- true })
	fmt.Println("callback on already-done context:", <-late)
	fmt.Println("stop after it ran:", stopLate())
}
