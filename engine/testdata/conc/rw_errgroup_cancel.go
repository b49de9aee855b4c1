// A hand-written errgroup: the first error cancels the shared context and
// is the one Wait returns; the other tasks see the cancellation.
package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"
)

type group struct {
	wg     sync.WaitGroup
	once   sync.Once
	err    error
	cancel context.CancelFunc
}

func withContext(ctx context.Context) (*group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &group{cancel: cancel}, ctx
}

func (g *group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.once.Do(func() {
				g.err = err
				g.cancel()
			})
		}
	}()
}

func (g *group) Wait() error {
	g.wg.Wait()
	g.cancel()
	return g.err
}

func main() {
	g, ctx := withContext(context.Background())
	var mu sync.Mutex
	var log []string
	for i, d := range []int{300, 100, 200} {
		g.Go(func() error {
			select {
			case <-time.After(time.Duration(d) * time.Millisecond):
				if d == 100 {
					return fmt.Errorf("task %d: disk full", i)
				}
				return nil
			case <-ctx.Done():
				mu.Lock()
				log = append(log, fmt.Sprintf("task %d cancelled", i))
				mu.Unlock()
				return ctx.Err()
			}
		})
	}
	err := g.Wait()
	sort.Strings(log)
	fmt.Println("first error:", err)
	fmt.Println(log)
	fmt.Println(errors.Is(ctx.Err(), context.Canceled))
}
