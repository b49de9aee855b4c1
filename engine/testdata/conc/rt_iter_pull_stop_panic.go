// An iterator's deferred cleanup panics when stop ends it early: the panic
// comes out of stop, in the goroutine that called it, whether stop is
// called directly or deferred (a worker recovers it, main does not).
package main

import (
	"fmt"
	"iter"
)

type cursor struct {
	rows   []string
	closed int
}

func (c *cursor) all(yield func(string) bool) {
	defer func() {
		c.closed++
		if c.closed > 1 {
			panic(fmt.Sprintf("cursor closed %d times", c.closed))
		}
	}()
	for _, r := range c.rows {
		if !yield(r) {
			return
		}
	}
}

func main() {
	c := &cursor{rows: []string{"a", "b", "c"}}
	next, stop := iter.Pull(iter.Seq[string](c.all))
	fmt.Println(next())
	stop() // first close: fine
	fmt.Println("closed:", c.closed)

	done := make(chan string)
	go func() {
		defer func() { done <- fmt.Sprint("worker recovered: ", recover()) }()
		next, stop := iter.Pull(iter.Seq[string](c.all))
		fmt.Println(next())
		stop()
	}()
	fmt.Println(<-done)

	next, stop = iter.Pull(iter.Seq[string](c.all))
	defer stop()
	fmt.Println(next())
}
