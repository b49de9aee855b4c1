// Workers report on an unbuffered channel; main returns at the first error
// and stops reading, so the workers that finish later block forever on
// their send. A channel buffered for every worker avoids the leak.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"time"
)

func run(buffered bool) error {
	n := 4
	results := make(chan error)
	if buffered {
		results = make(chan error, n)
	}
	for i := range n {
		go func() {
			time.Sleep(time.Duration(50*(i+1)) * time.Millisecond)
			if i == 1 {
				results <- errors.New("task 1 failed")
				return
			}
			results <- nil
		}()
	}
	for range n {
		if err := <-results; err != nil {
			return err
		}
	}
	return nil
}

func main() {
	base := runtime.NumGoroutine()
	fmt.Println("unbuffered:", run(false))
	time.Sleep(300 * time.Millisecond)
	fmt.Println("blocked senders:", runtime.NumGoroutine()-base)
	base = runtime.NumGoroutine()
	fmt.Println("buffered:", run(true))
	time.Sleep(300 * time.Millisecond)
	fmt.Println("blocked senders:", runtime.NumGoroutine()-base)
}
