// ctx.Err and context.Cause after the different ways a context ends: plain
// cancel, cancel with a cause, a timeout with a cause, a deadline, and a
// second cancel that must not change the recorded cause.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var errShutdown = errors.New("server shutting down")
var errSlow = errors.New("upstream too slow")

func show(name string, ctx context.Context) {
	fmt.Printf("%-9s err=%v cause=%v\n", name, ctx.Err(), context.Cause(ctx))
}

func main() {
	bg := context.Background()
	show("bg", bg)

	c1, cancel1 := context.WithCancel(bg)
	cancel1()
	show("cancel", c1)

	c2, cancel2 := context.WithCancelCause(bg)
	child, cancelChild := context.WithCancel(c2)
	defer cancelChild()
	cancel2(errShutdown)
	cancel2(errors.New("ignored second cause"))
	show("cause", c2)
	show("child", child)

	c3, cancel3 := context.WithTimeoutCause(bg, 50*time.Millisecond, errSlow)
	defer cancel3()
	<-c3.Done()
	show("timeout", c3)
	fmt.Println("is deadline:", errors.Is(c3.Err(), context.DeadlineExceeded), "is slow:", errors.Is(context.Cause(c3), errSlow))

	c4, cancel4 := context.WithDeadline(bg, time.Now().Add(-time.Second))
	show("past", c4)
	cancel4()
	show("past+c", c4)

	c5, cancel5 := context.WithCancelCause(bg)
	cancel5(nil)
	show("nilcause", c5)
}
