// Every task runs to completion; errors are collected, sorted and joined.
package main

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"sync"
)

func check(s string) error {
	if _, err := strconv.Atoi(s); err != nil {
		return fmt.Errorf("check %q: %w", s, err)
	}
	return nil
}

func main() {
	inputs := []string{"12", "x7", "40", "", "9", "3.5"}
	var mu sync.Mutex
	var errs []error
	var wg sync.WaitGroup
	for _, in := range inputs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := check(in); err != nil {
				mu.Lock()
				errs = append(errs, err)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	slices.SortFunc(errs, func(a, b error) int {
		if a.Error() < b.Error() {
			return -1
		}
		return 1
	})
	joined := errors.Join(errs...)
	fmt.Println(len(errs), "failed")
	fmt.Println(joined)
	fmt.Println("is ErrSyntax:", errors.Is(joined, strconv.ErrSyntax))
}
