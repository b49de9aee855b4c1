// WithTimeoutCause and WithDeadlineCause attach a cause that is reported
// when the deadline passes; Err is still DeadlineExceeded.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var errSlowDB = errors.New("database took too long")

func main() {
	ctx, cancel := context.WithTimeoutCause(context.Background(), 80*time.Millisecond, errSlowDB)
	defer cancel()
	<-ctx.Done()
	fmt.Println("err:", ctx.Err())
	fmt.Println("cause:", context.Cause(ctx))

	dctx, dcancel := context.WithDeadlineCause(context.Background(), time.Now().Add(time.Hour), errSlowDB)
	dcancel()
	fmt.Println("cancelled before deadline:", dctx.Err(), "/", context.Cause(dctx))

	child, cancelChild := context.WithTimeout(ctx, time.Hour)
	defer cancelChild()
	fmt.Println("child inherits cause:", context.Cause(child))
}
