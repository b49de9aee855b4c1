// A worker returns early on a bad input without calling wg.Done: Wait never
// returns once the other workers are done (a missing Done on an error path).
package main

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
)

func parse(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, errors.New("bad input " + strconv.Quote(s))
	}
	return n, nil
}

func main() {
	inputs := []string{"10", "20", "x3", "40"}
	results := make([]int, len(inputs))
	errs := make([]error, len(inputs))
	var wg sync.WaitGroup
	for i, in := range inputs {
		wg.Add(1)
		go func() {
			n, err := parse(in)
			if err != nil {
				errs[i] = err
				return // BUG: no wg.Done()
			}
			results[i] = n * 2
			wg.Done()
		}()
	}
	fmt.Println("waiting for", len(inputs), "workers")
	wg.Wait()
	fmt.Println(results, errs)
}
