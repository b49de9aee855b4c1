// A sync.Pool of byte buffers shared by workers: New runs only when the pool
// is empty, and every buffer comes back Reset. What is printed does not
// depend on which buffer a worker gets.
package main

import (
	"bytes"
	"fmt"
	"sort"
	"sync"
)

func main() {
	var created sync.Mutex
	news := 0
	pool := sync.Pool{New: func() any {
		created.Lock()
		news++
		created.Unlock()
		return new(bytes.Buffer)
	}}
	lines := make([]string, 6)
	var wg sync.WaitGroup
	for i := range lines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			buf := pool.Get().(*bytes.Buffer)
			defer pool.Put(buf)
			if buf.Len() != 0 {
				panic("pool returned a dirty buffer")
			}
			fmt.Fprintf(buf, "record %d: %s", i, bytes.Repeat([]byte{'#'}, i))
			lines[i] = buf.String()
			buf.Reset()
		}()
	}
	wg.Wait()
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
	fmt.Println("buffers created: between 1 and 6:", news >= 1 && news <= 6)
	var empty sync.Pool
	fmt.Println("Get from an empty pool without New:", empty.Get())
}
