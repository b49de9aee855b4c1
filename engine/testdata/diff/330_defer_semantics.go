package main

import (
	"errors"
	"fmt"
)

type resource struct{ name string }

func open(name string) (*resource, error) {
	if name == "" {
		return nil, errors.New("empty name")
	}
	fmt.Println("open", name)
	return &resource{name}, nil
}

func (r *resource) Close() error {
	fmt.Println("close", r.name)
	if r.name == "bad" {
		return fmt.Errorf("close %s: failed", r.name)
	}
	return nil
}

func process(names ...string) (err error) {
	for _, n := range names {
		r, err2 := open(n)
		if err2 != nil {
			return err2
		}
		defer func() {
			if cerr := r.Close(); cerr != nil && err == nil {
				err = cerr
			}
		}()
	}
	fmt.Println("processing", len(names))
	return nil
}

func counter() (n int) {
	defer func() { n *= 2 }()
	defer func() { n += 10 }()
	n = 1
	return n + 1
}

func argsEval() {
	x := 1
	defer fmt.Println("deferred x =", x)
	defer func() { fmt.Println("closure x =", x) }()
	p := &x
	defer func(v int, ptr *int) { fmt.Println("args", v, *ptr) }(x, p)
	x = 42
}

type tracer struct{ depth int }

func (t *tracer) enter(name string) string {
	t.depth++
	fmt.Printf("%*s> %s\n", t.depth*2, "", name)
	return name
}
func (t *tracer) leave(name string) {
	fmt.Printf("%*s< %s\n", t.depth*2, "", name)
	t.depth--
}

func nested(t *tracer, n int) {
	defer t.leave(t.enter(fmt.Sprint("level", n)))
	if n > 0 {
		nested(t, n-1)
	}
}

func main() {
	fmt.Println("err:", process("a", "bad", "c"))
	fmt.Println("err:", process("x", ""))
	fmt.Println(counter())
	argsEval()
	nested(&tracer{}, 2)
	for i := 0; i < 3; i++ {
		defer func() { fmt.Print(i, " ") }()
	}
	var f func()
	defer func() {
		r := recover()
		fmt.Println("\nrecovered:", r)
	}()
	defer f()
	fmt.Println("end of main")
}
