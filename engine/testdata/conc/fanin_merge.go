// merge combines several channels into one, closing the output once every
// input is drained (a WaitGroup plus a closer goroutine).
package main

import (
	"fmt"
	"slices"
	"sync"
)

func source(prefix string, n int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			out <- fmt.Sprintf("%s%d", prefix, i)
		}
	}()
	return out
}

func merge(inputs ...<-chan string) <-chan string {
	out := make(chan string)
	var wg sync.WaitGroup
	for _, in := range inputs {
		wg.Add(1)
		go func(c <-chan string) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(in)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	var got []string
	for v := range merge(source("a", 3), source("b", 2), source("c", 4)) {
		got = append(got, v)
	}
	slices.Sort(got)
	fmt.Println(len(got), "values")
	fmt.Println(got)
}
