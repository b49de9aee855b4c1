package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

var ErrBase = errors.New("base failure")

func lookup(m map[string]int, k string) int {
	v, ok := m[k]
	if !ok {
		panic(fmt.Errorf("lookup %q: %w", k, &NotFound{k}))
	}
	return v
}

func main() {
	m := map[string]int{"a": 1}
	func() {
		defer func() {
			r := recover()
			err := r.(error)
			var nf *NotFound
			fmt.Println(errors.As(err, &nf), nf.Key, err)
		}()
		lookup(m, "zz")
	}()
	defer func() {
		r := recover()
		fmt.Println("got", r)
		panic(r)
	}()
	lookup(m, "missing")
}
