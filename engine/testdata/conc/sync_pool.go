// sync.Pool reuses scratch buffers; the program's output never depends on
// whether a Get returned a recycled buffer or a fresh one.
package main

import (
	"fmt"
	"strings"
	"sync"
)

var pool = sync.Pool{
	New: func() any {
		b := make([]byte, 0, 64)
		return &b
	},
}

func render(name string, n int) string {
	bp := pool.Get().(*[]byte)
	buf := (*bp)[:0]
	for i := 0; i < n; i++ {
		buf = append(buf, name...)
		buf = append(buf, '.')
	}
	s := string(buf)
	*bp = buf
	pool.Put(bp)
	return s
}

func main() {
	out := make([]string, 5)
	var wg sync.WaitGroup
	for i, name := range []string{"a", "bb", "ccc", "dd", "e"} {
		wg.Go(func() { out[i] = render(name, i+1) })
	}
	wg.Wait()
	fmt.Println(strings.Join(out, " | "))
	b := pool.Get().(*[]byte)
	fmt.Println("got a buffer with capacity >= 64:", cap(*b) >= 64)
	var empty sync.Pool
	fmt.Println("pool without New:", empty.Get())
}
