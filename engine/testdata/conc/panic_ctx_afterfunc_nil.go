// A cleanup hook is registered with context.AfterFunc on a request context
// that was never set: AfterFunc calls Done on the nil interface and the
// worker crashes with a nil dereference.
package main

import (
	"context"
	"fmt"
	"sync"
)

type request struct {
	ctx  context.Context
	path string
}

func serve(r *request, wg *sync.WaitGroup) {
	defer wg.Done()
	stop := context.AfterFunc(r.ctx, func() { fmt.Println("cleanup", r.path) })
	defer stop()
	fmt.Println("serving", r.path)
}

func main() {
	var wg sync.WaitGroup
	ctx, cancel := context.WithCancel(context.Background())
	wg.Add(1)
	go serve(&request{ctx: ctx, path: "/ok"}, &wg)
	wg.Wait()
	cancel()
	wg.Add(1)
	go serve(&request{path: "/broken"}, &wg)
	wg.Wait()
	select {}
}
