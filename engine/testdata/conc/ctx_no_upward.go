// Cancellation flows down, never up: cancelling a child leaves its parent
// and siblings running.
package main

import (
	"context"
	"fmt"
	"time"
)

func status(name string, ctx context.Context) {
	if err := ctx.Err(); err != nil {
		fmt.Printf("%-8s %v\n", name, err)
		return
	}
	fmt.Printf("%-8s running\n", name)
}

func main() {
	parent, cancelParent := context.WithCancel(context.Background())
	a, cancelA := context.WithCancel(parent)
	b, cancelB := context.WithTimeout(parent, 30*time.Millisecond)
	defer cancelB()
	a1, cancelA1 := context.WithCancel(a)
	defer cancelA1()

	cancelA()
	status("parent", parent)
	status("a", a)
	status("a1", a1)
	status("b", b)

	<-b.Done()
	status("b", b)
	status("parent", parent)

	cancelParent()
	status("parent", parent)
}
