// Watchers wait for ctx.Done(), but the context's cancel function is never
// called (it is discarded): every watcher leaks. Calling cancel ends them.
package main

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"time"
)

func watch(ctx context.Context, name string, wg *sync.WaitGroup) {
	defer wg.Done()
	<-ctx.Done()
	fmt.Println(name, "stopped:", ctx.Err())
}

func main() {
	base := runtime.NumGoroutine()
	var leaked sync.WaitGroup
	ctx, _ := context.WithCancel(context.Background()) // bug: cancel dropped
	for _, n := range []string{"a", "b", "c"} {
		leaked.Add(1)
		go watch(ctx, n, &leaked)
	}
	time.Sleep(100 * time.Millisecond)
	fmt.Println("leaked watchers:", runtime.NumGoroutine()-base)

	var wg sync.WaitGroup
	ctx2, cancel := context.WithCancel(context.Background())
	wg.Add(1)
	go watch(ctx2, "d", &wg)
	time.Sleep(50 * time.Millisecond)
	cancel()
	wg.Wait()
	time.Sleep(50 * time.Millisecond) // let d's goroutine exit after Done
	fmt.Println("after cancel, leaked:", runtime.NumGoroutine()-base)
}
