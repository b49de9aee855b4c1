package main

import (
	"fmt"
	"slices"
	"sort"
	"sync"
)

// Two goroutines block forever inside comparison callbacks called by the
// library: Go reports the deadlock with both of them parked there.
func main() {
	var wg sync.WaitGroup
	never := make(chan int)
	wg.Add(2)
	go func() {
		defer wg.Done()
		xs := []int{2, 1}
		sort.Slice(xs, func(i, j int) bool {
			<-never
			return xs[i] < xs[j]
		})
	}()
	go func() {
		defer wg.Done()
		ys := []string{"b", "a"}
		slices.SortFunc(ys, func(a, b string) int {
			never <- 1
			return 0
		})
	}()
	fmt.Println("waiting")
	wg.Wait()
}
