package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

var ErrNotFound = errors.New("not found")

type ValidationError struct {
	Field string
	Value any
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %v", e.Field, e.Value)
}

type TempError struct{ Code int }

func (e TempError) Error() string   { return fmt.Sprintf("temporary (code %d)", e.Code) }
func (e TempError) Temporary() bool { return true }

func find(id int) error {
	if id < 0 {
		return &ValidationError{"id", id}
	}
	if id > 100 {
		return fmt.Errorf("find %d: %w", id, ErrNotFound)
	}
	if id == 7 {
		return TempError{503}
	}
	return nil
}

func handler(id int) error {
	if err := find(id); err != nil {
		return fmt.Errorf("handler: %w", err)
	}
	return nil
}

func main() {
	for _, id := range []int{1, -3, 500, 7} {
		err := handler(id)
		fmt.Printf("id=%d err=%v\n", id, err)
		if err == nil {
			continue
		}
		var ve *ValidationError
		var te TempError
		var tmp interface{ Temporary() bool }
		fmt.Println("  is NotFound:", errors.Is(err, ErrNotFound))
		if errors.As(err, &ve) {
			fmt.Printf("  validation field=%s value=%v\n", ve.Field, ve.Value)
		}
		if errors.As(err, &te) {
			fmt.Println("  temp code", te.Code)
		}
		if errors.As(err, &tmp) {
			fmt.Println("  temporary:", tmp.Temporary())
		}
		fmt.Println("  unwrap:", errors.Unwrap(err))
	}
	joined := errors.Join(ErrNotFound, nil, &ValidationError{"name", ""}, fs.ErrNotExist)
	fmt.Printf("%v\n---\n%q\n", joined, joined.Error())
	fmt.Println(errors.Is(joined, fs.ErrNotExist), errors.Unwrap(joined) == nil)
	multi := fmt.Errorf("multi: %w and %w", ErrNotFound, os.ErrPermission)
	fmt.Println(multi, errors.Is(multi, os.ErrPermission), errors.Is(multi, fs.ErrPermission))
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	wrapped := fmt.Errorf("ctx: %v", ErrNotFound)
	fmt.Println(errors.Is(wrapped, ErrNotFound))
	e1 := errors.New("x")
	e2 := errors.New("x")
	fmt.Println(e1 == e2, errors.Is(e1, e2), e1.Error() == e2.Error())
	fmt.Printf("%T %T %T %T\n", joined, multi, wrapped, fmt.Errorf("w: %w", e1))
	var target *ValidationError
	fmt.Println(errors.As(fmt.Errorf("deep: %w", fmt.Errorf("deeper: %w", &ValidationError{"age", -1})), &target), target)
	fmt.Println(errors.Is(fmt.Errorf("op: %w", fs.ErrNotExist), os.ErrNotExist), os.ErrExist == fs.ErrExist)
}
