// A worker panics with a joined error whose message spans several lines:
// Go prints the continuation lines of the panic value indented by a tab.
package main

import (
	"errors"
	"fmt"
	"sync"
)

func validate(name string, port int) error {
	var errs []error
	if name == "" {
		errs = append(errs, errors.New("name is empty"))
	}
	if port <= 0 {
		errs = append(errs, fmt.Errorf("port %d out of range", port))
	}
	return errors.Join(errs...)
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		if err := validate("", -1); err != nil {
			panic(err)
		}
	}()
	wg.Wait()
	select {}
}
