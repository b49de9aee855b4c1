// Misusing the context package panics: a nil parent, a nil or
// non-comparable key; context.AfterFunc on a nil context dereferences it.
// Each misuse is recovered and printed; then deadlines, Done channels and
// the errors of ended contexts are checked.
package main

import (
	"context"
	"fmt"
	"time"
)

type key []int

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	var nilCtx context.Context
	try("cancel nil", func() { context.WithCancel(nilCtx) })
	try("value nil", func() { context.WithValue(nilCtx, "k", 1) })
	try("nil key", func() { context.WithValue(context.Background(), nil, 1) })
	try("bad key", func() { context.WithValue(context.Background(), key{1}, 1) })
	try("timeout nil", func() { context.WithTimeout(nilCtx, time.Second) })
	try("afterfunc nil", func() { context.AfterFunc(nilCtx, func() {}) })
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	dl, ok := ctx.Deadline()
	fmt.Println(ok, time.Until(dl) > 0, time.Until(dl) <= 50*time.Millisecond)
	<-ctx.Done()
	fmt.Println(time.Until(dl) <= 0, ctx.Err())
	fmt.Println(context.Background().Done() == nil, context.Background().Err())
	c2, cancel2 := context.WithCancel(context.Background())
	fmt.Println(c2.Done() == c2.Done())
	cancel2()
	cancel2()
	fmt.Printf("%v %T\n", c2.Err(), c2.Err())
	fmt.Println(context.DeadlineExceeded.Error(), fmt.Sprintf("%T", context.DeadlineExceeded))
}
