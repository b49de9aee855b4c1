// WithoutCancel keeps a parent's values but not its cancellation (for work
// that must outlive a request); WithDeadlineCause and WithTimeoutCause set
// the Cause reported when the deadline passes.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type key string

func main() {
	req, cancel := context.WithCancel(context.WithValue(context.Background(), key("id"), "req-42"))
	audit := context.WithoutCancel(req)
	cancel()
	fmt.Println("request:", req.Err())
	fmt.Println("audit:", audit.Err(), audit.Done() == nil, audit.Value(key("id")))
	_, has := audit.Deadline()
	fmt.Println("audit has deadline:", has)

	slow := errors.New("backend too slow")
	ctx, cancel2 := context.WithDeadlineCause(context.Background(), time.Now().Add(100*time.Millisecond), slow)
	defer cancel2()
	<-ctx.Done()
	fmt.Println(ctx.Err(), "/", context.Cause(ctx))
	fmt.Println(errors.Is(ctx.Err(), context.DeadlineExceeded), errors.Is(context.Cause(ctx), slow))

	ctx3, cancel3 := context.WithTimeoutCause(context.Background(), time.Second, slow)
	cancel3()
	fmt.Println("cancelled first:", ctx3.Err(), "/", context.Cause(ctx3))

	child, cancel4 := context.WithTimeout(audit, 50*time.Millisecond)
	defer cancel4()
	<-child.Done()
	fmt.Println("child of audit:", child.Err(), child.Value(key("id")))
}
