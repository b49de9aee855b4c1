// A goroutine panics, and while it unwinds a deferred cleanup panics too:
// Go prints both panics, the first one first.
package main

import (
	"errors"
	"sync"
)

type conn struct{ closed bool }

func (c *conn) Close() error {
	if c.closed {
		panic(errors.New("close of closed connection"))
	}
	c.closed = true
	return nil
}

func serve(c *conn, wg *sync.WaitGroup) {
	defer wg.Done()
	defer c.Close()
	c.Close()
	var handlers map[string]func()
	handlers["/"]()
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go serve(&conn{}, &wg)
	wg.Wait()
	select {}
}
