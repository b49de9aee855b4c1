// context.AfterFunc registers cleanup to run in its own goroutine when the
// context is done; stop() unregisters it and reports whether it did.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	fired := make(chan string, 2)
	stopA := context.AfterFunc(ctx, func() {
		fired <- "close connection: " + context.Cause(ctx).Error()
	})
	stopB := context.AfterFunc(ctx, func() { fired <- "flush log" })
	fmt.Println("stop B before cancel:", stopB())
	fmt.Println("stop B again:", stopB())
	cancel(errors.New("client went away"))
	fmt.Println(<-fired)
	select {
	case s := <-fired:
		fmt.Println("unexpected:", s)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("B never ran")
	}
	fmt.Println("stop A after it ran:", stopA())

	done, cancel2 := context.WithCancel(context.Background())
	cancel2()
	ran := make(chan bool)
	context.AfterFunc(done, func() { ran <- true })
	fmt.Println("on an already-done context it runs at once:", <-ran)
}
