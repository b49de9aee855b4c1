package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

type Handler func(string) error
type Matrix [][]float64
type Registry map[string][]Handler
type Chan chan<- int

type Outer struct {
	Inner struct {
		A int `json:"a"`
		B []string
	}
	Fn  func() int
	Ch  <-chan string
	Arr [2]*int
}

func main() {
	type local struct{ X int }
	type localInt int
	vals := []any{
		[]interface{}{1}, map[string]any{}, map[any][]error{}, struct{}{}, struct {
			A int
			b string
		}{}, local{1}, localInt(3), Handler(nil), Matrix{}, Registry{}, Chan(nil),
		make(chan int), make(<-chan bool), func(int, ...string) (bool, error) { return false, nil },
		new(int), new([]*local), [3][2]uint8{}, errors.New("x"), fmt.Errorf("w %w", io.EOF),
		strings.NewReader(""), &strings.Builder{}, time.Second, time.Month(3), io.EOF, 'x', byte(1),
		uintptr(0), complex64(1), Outer{}, &Outer{}, []*Outer{}, [0]int{},
	}
	for i, v := range vals {
		fmt.Printf("%2d %T\n", i, v)
	}
	fmt.Printf("%v %+v\n", local{5}, localInt(7))
	fmt.Printf("%#v %#v\n", local{5}, localInt(7))
	fmt.Printf("%#v\n", Matrix{{1, 2}, {3}})
	fmt.Printf("%#v\n", Registry{"a": nil})
	fmt.Printf("%#v %#v %#v\n", time.Second, time.Month(3), 'x')
	fmt.Printf("%#v %#v %#v %#v\n", []string(nil), map[int]bool(nil), (*int)(nil), any(nil))
	fmt.Printf("%#v %#v %#v\n", 1.0, float32(2.5), complex(1, 2))
	fmt.Printf("%#v %#v %#v\n", uint8(7), int64(-3), uintptr(10))
	fmt.Printf("%#v\n", struct {
		P *int
		S []byte
		E error
		I any
	}{S: []byte("hi"), I: 3})
	fmt.Printf("%#v\n", [2]bool{true})
	fmt.Printf("%#x %#q %#U\n", "hey", "q`", '⌘')
	var h Handler
	fmt.Println(h == nil, fmt.Sprintf("%v", h == nil))
	var o Outer
	o.Inner.A = 1
	o.Inner.B = []string{"x"}
	fmt.Printf("%v\n%+v\n", o.Inner, o.Inner)
	fmt.Printf("%#v\n", o.Inner)
}
