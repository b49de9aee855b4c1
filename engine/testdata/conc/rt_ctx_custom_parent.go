// Contexts of the program's own type as parents: a struct embedding a
// context.Context (children hang off the embedded context) and a type with
// its own Done channel (Go starts a goroutine to watch it, which shows in
// runtime.NumGoroutine until the child is done).
package main

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"time"
)

type requestCtx struct {
	context.Context
	user string
}

func (r requestCtx) Value(key any) any {
	if key == "user" {
		return r.user
	}
	return r.Context.Value(key)
}

// shutdownCtx is cancelled when its channel is closed.
type shutdownCtx struct {
	ch chan struct{}
}

func (s *shutdownCtx) Deadline() (time.Time, bool) { return time.Time{}, false }
func (s *shutdownCtx) Done() <-chan struct{}       { return s.ch }
func (s *shutdownCtx) Value(key any) any           { return nil }
func (s *shutdownCtx) Err() error {
	select {
	case <-s.ch:
		return errors.New("server shutting down")
	default:
		return nil
	}
}

func main() {
	base, cancel := context.WithCancel(context.WithValue(context.Background(), "trace", "t-1"))
	req := requestCtx{Context: base, user: "ann"}
	child, cancelChild := context.WithTimeout(req, time.Second)
	defer cancelChild()
	fmt.Println(child.Value("user"), child.Value("trace"), child.Value("none"))
	fmt.Println("goroutines:", runtime.NumGoroutine())
	cancel()
	<-child.Done()
	fmt.Println("child:", child.Err())

	s := &shutdownCtx{ch: make(chan struct{})}
	work, cancelWork := context.WithCancel(s)
	defer cancelWork()
	cleaned := make(chan bool)
	context.AfterFunc(s, func() { close(cleaned) })
	time.Sleep(100 * time.Millisecond)
	fmt.Println("goroutines while watching:", runtime.NumGoroutine())
	go func() {
		time.Sleep(200 * time.Millisecond)
		close(s.ch)
	}()
	<-work.Done()
	fmt.Println("work:", work.Err(), "/", context.Cause(work))
	<-cleaned
	fmt.Println("AfterFunc ran")
	time.Sleep(100 * time.Millisecond)
	fmt.Println("goroutines after:", runtime.NumGoroutine())

	s2 := &shutdownCtx{ch: make(chan struct{})}
	c2, cancel2 := context.WithCancel(s2)
	fmt.Println("watching s2:", runtime.NumGoroutine())
	cancel2()
	time.Sleep(100 * time.Millisecond)
	fmt.Println("cancelled first:", c2.Err(), runtime.NumGoroutine())
	v := context.WithValue(s2, "k", "v")
	fmt.Println(v.Err(), v.Done() == s2.ch, v.Value("k"))
}
