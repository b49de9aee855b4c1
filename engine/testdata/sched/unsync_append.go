// Two goroutines append to a shared slice without a lock: both can read
// the same length and one append overwrites the other (a data race).
//
// expect: "len: 2\n"
// expect: "len: 1\n"
package main

import (
	"fmt"
	"sync"
)

func main() {
	var names []string
	var wg sync.WaitGroup
	for _, n := range []string{"ann", "bob"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			names = append(names, n)
		}()
	}
	wg.Wait()
	fmt.Println("len:", len(names))
}
