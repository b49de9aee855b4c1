// context.AfterFunc runs its function in a new goroutine once the context
// is cancelled; a panic there crashes the program with that goroutine.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var errClosed = errors.New("listener closed twice")

type listener struct{ closed bool }

func (l *listener) Close() {
	if l.closed {
		panic(errClosed)
	}
	l.closed = true
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	l := &listener{}
	context.AfterFunc(ctx, l.Close)
	l.Close()
	fmt.Println("closed once")
	cancel()
	time.Sleep(100 * time.Millisecond)
	fmt.Println("not reached")
}
