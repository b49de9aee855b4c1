// WaitGroup: Add before starting, Done in each goroutine, Wait in main.
// Each goroutine owns one slot of the results slice.
package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	names := []string{"alpha", "bravo", "charlie", "delta", "echo"}
	lengths := make([]int, len(names))
	var wg sync.WaitGroup
	wg.Add(len(names))
	for i, n := range names {
		go func() {
			defer wg.Done()
			lengths[i] = len(n)
		}()
	}
	wg.Wait()
	for i, n := range names {
		fmt.Printf("%-8s %d\n", n, lengths[i])
	}

	// A WaitGroup can be reused once Wait has returned.
	var upper [3]string
	for i := range upper {
		wg.Add(1)
		go func() {
			defer wg.Done()
			upper[i] = strings.ToUpper(names[i])
		}()
	}
	wg.Wait()
	fmt.Println(upper)
}
