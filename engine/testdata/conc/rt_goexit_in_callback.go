// runtime.Goexit called inside a callback from library code (a less
// function for sort.Slice): the callback's deferred call runs, the library
// call is abandoned, and the goroutine's own deferred calls run.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer fmt.Println("deferred after Goexit in less")
		s := []int{3, 1, 2}
		sort.Slice(s, func(i, j int) bool {
			defer fmt.Println("less's deferred call")
			if s[i] == 1 || s[j] == 1 {
				runtime.Goexit()
			}
			return s[i] < s[j]
		})
		fmt.Println("unreachable", s)
	}()
	wg.Wait()
	fmt.Println("main done", runtime.NumGoroutine() >= 1)
}
