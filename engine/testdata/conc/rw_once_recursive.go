// Lazy initialisation through sync.Once calls a helper that goes through
// the same Once again: the inner Do waits for the outer one to finish, which
// waits for the inner: the goroutine deadlocks on itself.
package main

import (
	"fmt"
	"sync"
)

type client struct {
	once sync.Once
	addr string
}

func (c *client) init() {
	c.once.Do(func() {
		fmt.Println("initialising")
		c.addr = "localhost:" + c.port()
	})
}

func (c *client) port() string {
	c.init() // BUG: re-enters the Once
	return "8080"
}

func main() {
	c := &client{}
	c.init()
	fmt.Println("addr:", c.addr)
}
