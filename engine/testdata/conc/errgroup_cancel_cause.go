// An errgroup written with the standard library only: the first failing task
// cancels the shared context with its error as the cause; the others notice
// ctx.Done() and stop, and Wait returns the first error.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type group struct {
	wg     sync.WaitGroup
	once   sync.Once
	err    error
	cancel context.CancelCauseFunc
}

func withContext(parent context.Context) (*group, context.Context) {
	ctx, cancel := context.WithCancelCause(parent)
	return &group{cancel: cancel}, ctx
}

func (g *group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.once.Do(func() {
				g.err = err
				g.cancel(err)
			})
		}
	}()
}

func (g *group) Wait() error {
	g.wg.Wait()
	g.cancel(nil)
	return g.err
}

var errQuota = errors.New("shard 2: quota exceeded")

func main() {
	g, ctx := withContext(context.Background())
	results := make([]string, 4)
	for i := range 4 {
		g.Go(func() error {
			if i == 2 {
				time.Sleep(50 * time.Millisecond)
				return errQuota
			}
			select {
			case <-time.After(time.Duration(100*(i+1)) * time.Millisecond):
				results[i] = "done"
				return nil
			case <-ctx.Done():
				results[i] = "cancelled"
				return ctx.Err()
			}
		})
	}
	err := g.Wait()
	fmt.Println("wait:", err, errors.Is(err, errQuota))
	fmt.Println("results:", results)
	fmt.Println("ctx.Err:", ctx.Err())
	fmt.Println("cause:", context.Cause(ctx))
}
