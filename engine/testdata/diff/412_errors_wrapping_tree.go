package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
)

var ErrNotFound = errors.New("not found")
var ErrPermission = errors.New("permission denied")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type TimeoutError struct{ Secs int }

func (t TimeoutError) Error() string   { return fmt.Sprintf("timeout after %ds", t.Secs) }
func (t TimeoutError) Timeout() bool   { return true }
func (t TimeoutError) Is(e error) bool { return e == ErrDeadline }

var ErrDeadline = errors.New("deadline")

type MultiError []error

func (m MultiError) Error() string   { return fmt.Sprintf("%d errors", len(m)) }
func (m MultiError) Unwrap() []error { return m }

func find(id int) error {
	switch id {
	case 0:
		return nil
	case 1:
		return &QueryError{"id=1", ErrNotFound}
	case 2:
		return fmt.Errorf("layer2: %w", &QueryError{"id=2", ErrPermission})
	case 3:
		return fmt.Errorf("both: %w and %w", ErrNotFound, TimeoutError{5})
	case 4:
		return errors.Join(ErrPermission, nil, fmt.Errorf("wrapped %v", ErrNotFound))
	}
	return MultiError{io.EOF, TimeoutError{1}}
}

func main() {
	for id := 0; id <= 5; id++ {
		err := find(id)
		var qe *QueryError
		var te TimeoutError
		var to interface{ Timeout() bool }
		fmt.Printf("%d: %v\n", id, err)
		fmt.Printf("   notfound=%t perm=%t deadline=%t eof=%t\n", errors.Is(err, ErrNotFound), errors.Is(err, ErrPermission), errors.Is(err, ErrDeadline), errors.Is(err, io.EOF))
		fmt.Printf("   asQuery=%t asTimeout=%t asIface=%t\n", errors.As(err, &qe), errors.As(err, &te), errors.As(err, &to))
		if qe != nil {
			fmt.Println("   query:", qe.Query)
		}
		fmt.Printf("   unwrap=%v\n", errors.Unwrap(err))
	}
	j := errors.Join(errors.New("a"), errors.New("b"))
	fmt.Printf("%q %v\n", j.Error(), errors.Join(nil, nil) == nil)
	e := fmt.Errorf("no wrap %v", nil)
	fmt.Println(e, errors.Unwrap(e))
	e2 := fmt.Errorf("bad verb %w", "notanerror")
	fmt.Println(e2)
	e3 := fmt.Errorf("nil wrap: %w", nil)
	fmt.Println(e3, errors.Unwrap(e3) == nil)
	_, err := strconv.Atoi("12a")
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrSyntax))
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(err, errors.Is(err, strconv.ErrRange))
	_, err = os.Open("/definitely/missing.txt")
	fmt.Println(err, errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Path, pe.Err)
	}
	fmt.Printf("%T %T %T\n", ErrNotFound, fmt.Errorf("x %w", ErrNotFound), fmt.Errorf("x %w %w", io.EOF, io.EOF))
}
