package main

import (
	"fmt"
	"sync"
)

// Worker pool where the learner forgot the call parentheses in defer and go.
type Pool struct {
	mu      sync.Mutex
	results map[int]int
}

func (p *Pool) record(id, v int) {
	p.mu.Lock()
	defer p.mu.Unlock
	p.results[id] = v
}

func main() {
	p := &Pool{results: map[int]int{}}
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p.record(i, i*i)
		}
	}
	wg.Wait()
	total := 0
	for k, v, extra := range p.results {
		total += v
	}
	var report string = total
	fmt.Println(report)
}
