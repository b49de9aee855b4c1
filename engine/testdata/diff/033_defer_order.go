package main

import (
	"errors"
	"fmt"
)

type File struct {
	name   string
	closed bool
}

func open(name string) (*File, error) {
	if name == "" {
		return nil, errors.New("empty name")
	}
	fmt.Println("open", name)
	return &File{name: name}, nil
}

func (f *File) Close() error {
	fmt.Println("close", f.name)
	f.closed = true
	return nil
}

func process(names ...string) (n int, err error) {
	for _, name := range names {
		f, err := open(name)
		if err != nil {
			return n, fmt.Errorf("process: %w", err)
		}
		defer f.Close()
		n++
	}
	return n, nil
}

func trace(msg string) func() {
	fmt.Println("enter", msg)
	return func() { fmt.Println("exit", msg) }
}

func compute() (result int) {
	defer trace("compute")()
	defer func() { result *= 2 }()
	x := 5
	defer fmt.Println("deferred x =", x) // arguments evaluated now
	x = 10
	return x + 1
}

func main() {
	fmt.Println(process("a.txt", "b.txt", "c.txt"))
	fmt.Println(process("d.txt", ""))
	fmt.Println(compute())
	for i := range 3 {
		defer fmt.Print(i, " ")
	}
	defer fmt.Println()
	fmt.Println("main ends")
}
