// WaitGroup.Go (Go 1.25) calls Add(1), runs the function in a new
// goroutine and calls Done when it returns.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var wg sync.WaitGroup
	var total atomic.Int64
	squares := make([]int, 8)
	for i := range squares {
		wg.Go(func() {
			squares[i] = i * i
			total.Add(int64(i * i))
		})
	}
	wg.Wait()
	fmt.Println("squares:", squares)
	fmt.Println("total:", total.Load())

	var inner sync.WaitGroup
	results := make(chan string, 3)
	wg.Go(func() {
		for _, s := range []string{"x", "y", "z"} {
			inner.Go(func() { results <- s + s })
		}
		inner.Wait()
		close(results)
	})
	wg.Wait()
	count := 0
	for range results {
		count++
	}
	fmt.Println("nested results:", count)
}
