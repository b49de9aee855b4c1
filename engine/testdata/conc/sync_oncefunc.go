// OnceFunc, OnceValue and OnceValues wrap a function so that it runs at
// most once, however many goroutines call the wrapper.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"
)

func main() {
	var calls atomic.Int32
	initOnce := sync.OnceFunc(func() { calls.Add(1) })
	answer := sync.OnceValue(func() int {
		calls.Add(10)
		return 42
	})
	parse := sync.OnceValues(func() (int, error) {
		calls.Add(100)
		return strconv.Atoi("12x")
	})

	var wg sync.WaitGroup
	answers := make([]int, 6)
	errs := make([]bool, 6)
	for i := range 6 {
		wg.Go(func() {
			initOnce()
			answers[i] = answer()
			_, err := parse()
			errs[i] = errors.Is(err, strconv.ErrSyntax)
		})
	}
	wg.Wait()
	fmt.Println("answers:", answers)
	fmt.Println("errors:", errs)
	fmt.Println("calls:", calls.Load())
	n, err := parse()
	fmt.Println("parse again:", n, err)
}
