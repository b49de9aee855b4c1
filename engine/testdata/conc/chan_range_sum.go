// for range over a channel, fed by several producers that each own a
// disjoint range of numbers; a WaitGroup closes the channel at the end.
package main

import (
	"fmt"
	"sync"
)

func main() {
	nums := make(chan int, 8)
	var wg sync.WaitGroup
	for p := 0; p < 4; p++ {
		wg.Add(1)
		go func(from int) {
			defer wg.Done()
			for i := from; i < from+25; i++ {
				nums <- i
			}
		}(p*25 + 1)
	}
	go func() {
		wg.Wait()
		close(nums)
	}()
	sum, count, maxv := 0, 0, 0
	for v := range nums {
		sum += v
		count++
		maxv = max(maxv, v)
	}
	fmt.Println("count:", count)
	fmt.Println("sum:", sum)
	fmt.Println("max:", maxv)
}
