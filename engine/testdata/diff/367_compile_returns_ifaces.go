package main

import (
	"errors"
	"fmt"
	"os"
)

type Reader interface{ Read() (string, error) }

type File struct{ name string }

func (f *File) Read() (string, error) { return f.name, nil }

func open(name string) (*File, error) {
	if name == "" {
		return nil
	}
	return &File{name}, nil, errors.New("x")
}

func count() int {
	return
}

func main() {
	var r Reader = File{"a"}
	s, err := r.Read()
	fmt.Println(s)
	n := count(1)
	var u uint = -1
	var i int = 3.5
	f := open
	f()
	fmt.Printf("%d\n", n, u, i)
	os.Exit("1")
	var e error = "boom"
	switch x := 5; x {
	case "five":
	case 5, 5:
	}
	var m map[string]int
	m.Set("a", 1)
}
