package main

import (
	"errors"
	"fmt"
)

// ParseError keeps a pointer to the offending input; a zero ParseError
// dereferences nil in Error.
type ParseError struct {
	Line  int
	Input *string
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("line %d: bad input %q", e.Line, *e.Input)
}

func parse(lines []string) error {
	for i, l := range lines {
		if l == "" {
			return &ParseError{Line: i + 1}
		}
	}
	return nil
}

func main() {
	good := "x"
	fmt.Println(&ParseError{Line: 2, Input: &good})
	err := parse([]string{"a", "", "c"})
	var pe *ParseError
	fmt.Println(errors.As(err, &pe), pe.Line)
	defer func() {
		panic(fmt.Sprint("cleanup failed after line ", pe.Line))
	}()
	panic(err)
}
