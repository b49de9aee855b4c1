// Context values with unexported key types: lookups walk up the chain
// through cancel and timeout layers, inner values shadow outer ones, and a
// context prints its chain.
package main

import (
	"context"
	"fmt"
	"time"
)

type key int

const (
	userKey key = iota
	traceKey
)

type reqID string

func (r reqID) String() string { return "req-" + string(r) }

func main() {
	ctx := context.WithValue(context.Background(), userKey, "alice")
	ctx = context.WithValue(ctx, traceKey, reqID("7f3a"))
	cctx, cancel := context.WithCancel(ctx)
	defer cancel()
	inner := context.WithValue(cctx, userKey, "bob")
	fmt.Println(ctx)
	fmt.Println(cctx)
	fmt.Println(inner)

	done := make(chan string)
	go func(ctx context.Context) {
		tctx, cancel := context.WithTimeout(ctx, time.Second)
		defer cancel()
		done <- fmt.Sprint(tctx.Value(userKey), " ", tctx.Value(traceKey), " ", tctx.Value("user"))
	}(inner)
	fmt.Println("in goroutine:", <-done)
	fmt.Println("outer user:", ctx.Value(userKey))
	fmt.Println("detached:", context.WithoutCancel(inner).Value(userKey))
	fmt.Println(context.TODO(), context.WithoutCancel(ctx))
}
