// Each worker recovers its own panics and turns them into errors; the
// recovered values keep their types, so errors.As finds a custom error
// inside a wrapped panic value.
package main

import (
	"errors"
	"fmt"
	"sync"
)

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func work(i int) {
	switch i {
	case 1:
		panic(&ParseError{Line: 7, Msg: "unexpected EOF"})
	case 2:
		panic(fmt.Errorf("stage %d: %w", i, &ParseError{Line: 12, Msg: "bad token"}))
	case 3:
		var m map[string]int
		m["x"] = 1
	case 4:
		panic(42)
	}
}

func main() {
	errs := make([]error, 5)
	var wg sync.WaitGroup
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				switch r := recover().(type) {
				case nil:
				case error:
					errs[i] = r
				default:
					errs[i] = fmt.Errorf("panic: %v (%T)", r, r)
				}
			}()
			work(i)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		var pe *ParseError
		fmt.Printf("%d: %v | parse error: %v", i, err, errors.As(err, &pe))
		if pe != nil {
			fmt.Printf(" (line %d)", pe.Line)
		}
		fmt.Println()
	}
}
