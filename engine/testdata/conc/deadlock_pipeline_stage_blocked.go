// A three-stage pipeline whose last stage stops reading after an error:
// every upstream stage ends up blocked on a send, and main waits for them.
package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	lines := make(chan string)
	words := make(chan string)
	wg.Add(3)
	go func() {
		defer wg.Done()
		for _, l := range []string{"a b", "c BAD d", "e f"} {
			lines <- l
		}
		close(lines)
	}()
	go func() {
		defer wg.Done()
		for l := range lines {
			for _, w := range strings.Fields(l) {
				words <- w
			}
		}
		close(words)
	}()
	go func() {
		defer wg.Done()
		for w := range words {
			if w == "BAD" {
				fmt.Println("stopping at", w)
				return
			}
			fmt.Println("word", w)
		}
	}()
	wg.Wait()
}
