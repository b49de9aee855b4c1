package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Slow struct {
	mu   *sync.Mutex
	name string
}

func (s Slow) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return strings.ToUpper(s.name)
}

// main returns while goroutines are still blocked inside callbacks: the
// program ends at once, as in Go.
func main() {
	var mu sync.Mutex
	mu.Lock() // never unlocked: every String call blocks
	started := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() {
			started <- true
			fmt.Println(Slow{&mu, fmt.Sprint("w", i)})
		}()
	}
	for i := 0; i < 3; i++ {
		<-started
	}
	words := []string{"pear", "fig", "apple"}
	sort.Slice(words, func(i, j int) bool { return words[i] < words[j] })
	fmt.Println(words)
}
