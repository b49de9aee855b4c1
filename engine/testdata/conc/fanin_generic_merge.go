// A generic Merge fans in any number of typed channels, closing the output
// once every input is drained; used with ints and with a struct type.
package main

import (
	"fmt"
	"slices"
	"sync"
)

func Merge[T any](cs ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	wg.Add(len(cs))
	for _, c := range cs {
		go func() {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func Gen[T any](vs ...T) <-chan T {
	c := make(chan T, len(vs))
	for _, v := range vs {
		c <- v
	}
	close(c)
	return c
}

type event struct {
	src string
	n   int
}

func main() {
	var nums []int
	for v := range Merge(Gen(3, 1), Gen(4, 1, 5), Gen[int]()) {
		nums = append(nums, v)
	}
	slices.Sort(nums)
	fmt.Println(nums)

	var evs []event
	for e := range Merge(Gen(event{"disk", 2}), Gen(event{"net", 1}, event{"cpu", 9})) {
		evs = append(evs, e)
	}
	slices.SortFunc(evs, func(a, b event) int { return a.n - b.n })
	fmt.Printf("%+v\n", evs)
	fmt.Println("empty merge closed:", len(slices.Collect(func(yield func(int) bool) {
		for v := range Merge[int]() {
			if !yield(v) {
				return
			}
		}
	})))
}
