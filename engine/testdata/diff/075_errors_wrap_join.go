package main

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + strconv.Quote(e.Query) + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

func find(id int) error {
	if id > 10 {
		return &QueryError{"SELECT " + strconv.Itoa(id), ErrNotFound}
	}
	return nil
}

func load(id int) error {
	if err := find(id); err != nil {
		return fmt.Errorf("load user %d: %w", id, err)
	}
	return nil
}

func main() {
	err := load(42)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Is(err, fs.ErrNotExist))
	var qe *QueryError
	if errors.As(err, &qe) {
		fmt.Println("query was", qe.Query)
	}
	fmt.Println(errors.Unwrap(err) == error(qe), errors.Unwrap(errors.Unwrap(err)) == ErrNotFound)
	fmt.Println(load(1) == nil)
	joined := errors.Join(errors.New("disk full"), nil, load(11), errors.New("retry later"))
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, ErrNotFound), errors.Join(nil, nil) == nil)
	multi := fmt.Errorf("two causes: %w and %w", ErrNotFound, fs.ErrPermission)
	fmt.Println(multi, errors.Is(multi, fs.ErrPermission), errors.Unwrap(multi) == nil)
	noWrap := fmt.Errorf("formatted %v", ErrNotFound)
	fmt.Println(noWrap, errors.Is(noWrap, ErrNotFound))
	fmt.Printf("%v|%s|%q|%T\n", err, ErrNotFound, ErrNotFound, err)
	fmt.Println(fmt.Errorf("bad %w", "not an error"))
}
