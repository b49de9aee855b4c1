// Several producers send into one channel; a separate closer goroutine waits
// for them and closes it, which ends main's for-range loop.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func main() {
	words := make(chan string)
	var wg sync.WaitGroup
	docs := []string{"the quick brown fox", "jumps over", "the lazy dog"}
	for _, d := range docs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, w := range strings.Fields(d) {
				words <- w
			}
		}()
	}
	go func() {
		wg.Wait()
		close(words)
	}()
	counts := map[string]int{}
	for w := range words {
		counts[w]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s=%d ", k, counts[k])
	}
	fmt.Println()
	_, ok := <-words
	fmt.Println("closed:", !ok)
}
