// WithoutCancel keeps the parent's values but not its cancellation, e.g.
// for cleanup work that must finish after the request is cancelled.
package main

import (
	"context"
	"fmt"
	"time"
)

type key struct{}

func main() {
	parent, cancel := context.WithTimeout(context.WithValue(context.Background(), key{}, "trace-7"), 50*time.Millisecond)
	defer cancel()
	detached := context.WithoutCancel(parent)
	_, ok := detached.Deadline()
	fmt.Println("detached has deadline:", ok)
	fmt.Println("detached value:", detached.Value(key{}))
	fmt.Println("detached Done is nil:", detached.Done() == nil)

	<-parent.Done()
	fmt.Println("parent:", parent.Err())
	fmt.Println("detached:", detached.Err())

	child, cancelChild := context.WithCancel(detached)
	go func() {
		time.Sleep(20 * time.Millisecond)
		cancelChild()
	}()
	<-child.Done()
	fmt.Println("child of detached:", child.Err(), "| detached still:", detached.Err())
}
