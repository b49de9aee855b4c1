// WithDeadline: a child cannot extend its parent's deadline, and the
// earlier deadline fires first.
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	now := time.Now()
	parent, cancel := context.WithDeadline(context.Background(), now.Add(200*time.Millisecond))
	defer cancel()
	child, cancelChild := context.WithDeadline(parent, now.Add(time.Hour))
	defer cancelChild()
	pd, _ := parent.Deadline()
	cd, _ := child.Deadline()
	fmt.Println("child deadline equals parent's:", cd.Equal(pd))

	short, cancelShort := context.WithDeadline(parent, now.Add(50*time.Millisecond))
	defer cancelShort()
	<-short.Done()
	fmt.Println("short:", short.Err(), "| parent:", parent.Err())
	<-child.Done()
	fmt.Println("child:", child.Err(), "| parent:", parent.Err())
	fmt.Println("elapsed >= 200ms:", time.Since(now) >= 200*time.Millisecond)

	past, cancelPast := context.WithDeadline(context.Background(), now.Add(-time.Second))
	defer cancelPast()
	fmt.Println("deadline in the past:", past.Err())
}
