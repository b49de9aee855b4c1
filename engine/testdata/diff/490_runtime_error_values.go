package main

import (
	"errors"
	"fmt"
	"strings"
)

func catch(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("caught: %w", r.(error))
		}
	}()
	f()
	return nil
}

func main() {
	var p *struct{ n int }
	z := 0
	e1 := catch(func() { _ = p.n })
	e2 := catch(func() { _ = 5 / z })
	fmt.Println(e1)
	fmt.Println(e2, strings.ToUpper(e2.Error()))
	inner := errors.Unwrap(e2)
	fmt.Printf("%v | %s | %q | %T\n", inner, inner, inner, inner)
	fmt.Println(errors.Is(e2, inner), errors.Join(e1, e2))
	fmt.Printf("%#v %#v\n", inner, errors.Unwrap(e1))
	panic(inner)
}
