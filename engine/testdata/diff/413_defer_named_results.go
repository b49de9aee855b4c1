package main

import (
	"errors"
	"fmt"
)

func divide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("divide(%d, %d): %v", a, b, r)
			q = -1
		}
	}()
	q = a / b
	return
}

func counter() (n int) {
	defer func() { n *= 2 }()
	defer func() { n += 3 }()
	return 1
}

func deferArgs() {
	x := 1
	defer fmt.Println("deferred x =", x)
	defer func(v int) { fmt.Println("closure arg", v, "current", x) }(x)
	x = 10
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Println("body done, x =", x)
}

type closer struct{ name string }

func (c *closer) Close() error {
	fmt.Println("closing", c.name)
	if c.name == "b" {
		return errors.New("close b failed")
	}
	return nil
}

func process() (err error) {
	for _, n := range []string{"a", "b", "c"} {
		c := &closer{n}
		defer func() {
			if cerr := c.Close(); cerr != nil && err == nil {
				err = cerr
			}
		}()
	}
	return nil
}

func nestedRecover() (s string) {
	defer func() {
		s += fmt.Sprint(" outer:", recover())
	}()
	defer func() {
		defer func() { s += fmt.Sprint(" inner:", recover()) }()
		panic("second")
	}()
	panic("first")
}

func recoverNotDirect() (res string) {
	helper := func() any { return recover() }
	defer func() {
		r := recover()
		res = fmt.Sprint("direct got ", r)
	}()
	defer func() {
		res = fmt.Sprint("helper got ", helper())
	}()
	panic("boom")
}

type T struct{ v int }

func (t T) show()   { fmt.Println("value receiver sees", t.v) }
func (t *T) pshow() { fmt.Println("pointer receiver sees", t.v) }

func main() {
	fmt.Println(divide(10, 3))
	fmt.Println(divide(1, 0))
	fmt.Println(counter())
	deferArgs()
	fmt.Println()
	fmt.Println(process())
	fmt.Println(nestedRecover())
	fmt.Println(recoverNotDirect())
	t := T{1}
	defer t.show()
	defer t.pshow()
	t.v = 2
	fmt.Println(recover())
}
