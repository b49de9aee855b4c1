// WithValue chains: lookups walk up the tree; unexported key types avoid
// collisions between packages.
package main

import (
	"context"
	"fmt"
)

type ctxKey string

type userKey struct{}

func handle(ctx context.Context, done chan<- string) {
	user, _ := ctx.Value(userKey{}).(string)
	reqID := ctx.Value(ctxKey("request-id"))
	missing := ctx.Value(ctxKey("missing"))
	done <- fmt.Sprintf("user=%s request=%v missing=%v", user, reqID, missing)
}

func main() {
	base := context.WithValue(context.Background(), ctxKey("request-id"), 42)
	withUser := context.WithValue(base, userKey{}, "gopher")
	shadow := context.WithValue(withUser, ctxKey("request-id"), 43)
	done := make(chan string)
	go handle(withUser, done)
	fmt.Println(<-done)
	go handle(shadow, done)
	fmt.Println(<-done)
	fmt.Println("base has user:", base.Value(userKey{}) != nil)
	fmt.Println("string key is different:", withUser.Value("request-id"))
	ctx, cancel := context.WithCancel(shadow)
	cancel()
	fmt.Println("value survives cancel:", ctx.Value(ctxKey("request-id")), ctx.Err())
}
