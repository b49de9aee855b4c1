package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) String() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return fmt.Sprintf("Counter(%d)", c.n)
}

type gate struct {
	ch chan int
}

func main() {
	c := &Counter{}
	var wg sync.WaitGroup
	var outMu sync.Mutex
	var lines []string
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.mu.Lock()
			c.n++
			c.mu.Unlock()
			s := fmt.Sprint(c)
			outMu.Lock()
			lines = append(lines, s[:8])
			outMu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(strings.Join(lines, ","))
	// Two goroutines block inside sort callbacks on channels.
	a := make(chan int)
	b := make(chan int)
	done := make(chan []int)
	for _, ch := range []chan int{a, b} {
		go func() {
			xs := []int{3, 1, 2}
			sort.Slice(xs, func(i, j int) bool {
				v := <-ch
				_ = v
				return xs[i] < xs[j]
			})
			done <- xs
		}()
	}
	go func() {
		for {
			select {
			case a <- 1:
			case b <- 2:
			}
		}
	}()
	fmt.Println(<-done, <-done)
	fmt.Println(c)
}
