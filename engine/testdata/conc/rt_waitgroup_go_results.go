// WaitGroup.Go (Go 1.25) starts a goroutine and does the Add and Done for
// it; results go into per-index slots, so no lock is needed.
package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
)

func wordCount(doc string) int { return len(strings.Fields(doc)) }

func main() {
	docs := []string{
		"the quick brown fox",
		"jumps over",
		"the lazy dog and keeps on running",
		"",
	}
	counts := make([]int, len(docs))
	var wg sync.WaitGroup
	for i, d := range docs {
		wg.Go(func() {
			counts[i] = wordCount(d)
		})
	}
	fmt.Println("started:", runtime.NumGoroutine() <= len(docs)+1)
	wg.Wait()
	total := 0
	for i, c := range counts {
		fmt.Printf("doc %d: %d words\n", i, c)
		total += c
	}
	fmt.Println("total:", total)
	var nested sync.WaitGroup
	nested.Go(func() {
		nested.Go(func() { fmt.Println("inner task") })
	})
	nested.Wait()
	fmt.Println("nested done")
}
