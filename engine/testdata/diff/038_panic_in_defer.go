package main

import (
	"fmt"
	"os"
)

type Conn struct{ name string }

func (c *Conn) Close() {
	fmt.Println("closing", c.name)
	panic("close failed: " + c.name)
}

func handle() {
	a := &Conn{"db"}
	defer a.Close()
	b := &Conn{"cache"}
	defer func() {
		fmt.Fprintln(os.Stderr, "log: handler exiting")
		b.Close()
	}()
	panic("handler error")
}

func main() {
	defer func() {
		r := recover()
		fmt.Println("main recovered:", r)
		panic(fmt.Sprint("fatal: ", r))
	}()
	handle()
}
