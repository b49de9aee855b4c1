// A range-over-func iterator feeds a worker pool; iter.Pull drives a second
// iterator step by step from another goroutine.
package main

import (
	"fmt"
	"iter"
	"slices"
	"sync"
)

func fib(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for range n {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func main() {
	jobs := make(chan int)
	results := make(chan string)
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range jobs {
				results <- fmt.Sprintf("%d^2=%d", n, n*n)
			}
		}()
	}
	go func() {
		for v := range fib(8) {
			jobs <- v
		}
		close(jobs)
		wg.Wait()
		close(results)
	}()
	var out []string
	for r := range results {
		out = append(out, r)
	}
	slices.Sort(out)
	fmt.Println(out)

	next, stop := iter.Pull(fib(100))
	firsts := make(chan []int)
	go func() {
		var got []int
		for range 5 {
			v, ok := next()
			if !ok {
				break
			}
			got = append(got, v)
		}
		stop()
		firsts <- got
	}()
	fmt.Println("pulled:", <-firsts)
	v, ok := next()
	fmt.Println("after stop:", v, ok)
}
