package main

import (
	"errors"
	"fmt"
	"strconv"
)

var x = "package"

func parse(s string) (n int, err error) {
	if s == "" {
		err := errors.New("empty") // shadows the named result
		_ = err
		return 0, nil
	}
	n, err = strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("parse %q: %w", s, err)
	}
	return
}

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	{
		x := 3
		x++
		fmt.Println(x)
	}
	fmt.Println(x)
	if x := len(x); x > 3 {
		fmt.Println("len", x)
	} else if y := x * 2; y > 0 {
		fmt.Println("never", y)
	}
	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Print(x, " ")
	}
	fmt.Println()
	n, err := parse("")
	fmt.Println(n, err)
	n, err = parse("12a")
	fmt.Println(n, err)
	if n, err := parse("77"); err == nil {
		fmt.Println("inner", n)
	}
	fmt.Println("outer", n)
	var fns []func() int
	for i := range 3 {
		fns = append(fns, func() int { return i * i })
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))
	true := false
	fmt.Println(true, !true)
	type int = string
	var v int = "now a string"
	fmt.Println(v)
	switch x := any(3.5).(type) {
	case float64:
		x *= 2
		fmt.Println(x)
	}
}
