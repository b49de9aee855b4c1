// An errgroup written by hand: the first task to fail records its error and
// cancels the context; the other tasks notice and stop. Task "parse" fails
// first; task "upload" only fails after the cancel, so its error is dropped.
package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
)

type group struct {
	wg     sync.WaitGroup
	once   sync.Once
	err    error
	cancel context.CancelFunc
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
	ctx, cancel := context.WithCancel(context.Background())
	g := &group{cancel: cancel}
	var mu sync.Mutex
	var stopped []string
	for _, name := range []string{"fetch", "index", "store"} {
		g.Go(func() error {
			<-ctx.Done()
			mu.Lock()
			stopped = append(stopped, name+": "+ctx.Err().Error())
			mu.Unlock()
			return nil
		})
	}
	g.Go(func() error { return errors.New("parse: unexpected EOF") })
	g.Go(func() error {
		<-ctx.Done()
		return errors.New("upload: aborted")
	})
	err := g.Wait()
	sort.Strings(stopped)
	for _, s := range stopped {
		fmt.Println(s)
	}
	fmt.Println("first error:", err)
}
