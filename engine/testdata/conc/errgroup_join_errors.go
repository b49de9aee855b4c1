// Every task runs to the end and reports its error on a buffered channel;
// the errors are joined (sorted, since they arrive in any order), and
// errors.Is and errors.As still see through the join.
package main

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
)

type httpError struct{ code int }

func (e *httpError) Error() string { return fmt.Sprintf("http %d", e.code) }

func check(name string) error {
	switch name {
	case "cache":
		return fmt.Errorf("%s: %w", name, os.ErrDeadlineExceeded)
	case "api":
		return fmt.Errorf("%s: %w", name, &httpError{503})
	case "db":
		return nil
	default:
		return errors.New(name + ": unknown service")
	}
}

func main() {
	names := []string{"db", "cache", "api", "queue"}
	errc := make(chan error, len(names))
	var wg sync.WaitGroup
	for _, n := range names {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errc <- check(n)
		}()
	}
	wg.Wait()
	close(errc)
	var errs []error
	for err := range errc {
		if err != nil {
			errs = append(errs, err)
		}
	}
	slices.SortFunc(errs, func(a, b error) int { return strings.Compare(a.Error(), b.Error()) })
	err := errors.Join(errs...)
	fmt.Println(err)
	fmt.Println("deadline:", errors.Is(err, os.ErrDeadlineExceeded))
	var he *httpError
	fmt.Println("http error:", errors.As(err, &he), he.code)
	fmt.Println("joined:", len(err.(interface{ Unwrap() []error }).Unwrap()))
}
