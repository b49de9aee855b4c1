// The classic leak: a request times out and returns, but the goroutine doing
// the work later blocks forever sending its result on an unbuffered channel.
// A buffered channel of one lets it finish.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"time"
)

func fetch(buffered bool, timeout time.Duration) (string, error) {
	var ch chan string
	if buffered {
		ch = make(chan string, 1)
	} else {
		ch = make(chan string)
	}
	go func() {
		time.Sleep(100 * time.Millisecond)
		ch <- "payload"
	}()
	select {
	case v := <-ch:
		return v, nil
	case <-time.After(timeout):
		return "", errors.New("timeout")
	}
}

func main() {
	base := runtime.NumGoroutine()
	for range 3 {
		_, err := fetch(false, 50*time.Millisecond)
		fmt.Println("unbuffered:", err)
	}
	time.Sleep(200 * time.Millisecond)
	fmt.Println("leaked:", runtime.NumGoroutine()-base)
	base = runtime.NumGoroutine()
	for range 3 {
		_, err := fetch(true, 50*time.Millisecond)
		fmt.Println("buffered:", err)
	}
	time.Sleep(200 * time.Millisecond)
	fmt.Println("leaked after fix:", runtime.NumGoroutine()-base)
	v, err := fetch(true, 300*time.Millisecond)
	fmt.Println("slow timeout:", v, err)
}
