// WithCancelCause records why a context was cancelled; context.Cause
// returns it for the context and its children, while Err stays Canceled.
package main

import (
	"context"
	"errors"
	"fmt"
)

var errQuota = errors.New("quota exhausted")

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	child, cancelChild := context.WithCancel(ctx)
	defer cancelChild()
	fmt.Println("before:", ctx.Err(), context.Cause(ctx))

	done := make(chan struct{})
	go func() {
		defer close(done)
		<-child.Done()
		fmt.Println("child err:", child.Err())
		fmt.Println("child cause:", context.Cause(child))
	}()
	cancel(errQuota)
	<-done
	cancel(errors.New("ignored: already cancelled"))
	fmt.Println("parent err:", ctx.Err())
	fmt.Println("parent cause is errQuota:", errors.Is(context.Cause(ctx), errQuota))

	plain, stop := context.WithCancel(context.Background())
	stop()
	fmt.Println("cause of plain cancel:", context.Cause(plain))
	fmt.Println("cause of background:", context.Cause(context.Background()))

	nilCause, cancelNil := context.WithCancelCause(context.Background())
	cancelNil(nil)
	fmt.Println("nil cause becomes:", context.Cause(nilCause))
}
