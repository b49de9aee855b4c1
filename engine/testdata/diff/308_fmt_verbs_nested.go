package main

import (
	"errors"
	"fmt"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Inner struct {
	A []int
	M map[string]int
	p *int
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	Any   any
	Err   error
	C     Color
	Fn    func()
	Ch    chan int
	Bytes []byte
	Arr   [2]bool
}

func main() {
	x := 7
	o := Outer{
		Name:  "o",
		In:    Inner{A: []int{1, 2}, M: map[string]int{"b": 2, "a": 1}, p: &x},
		Any:   3.5,
		Err:   errors.New("boom"),
		C:     Blue,
		Bytes: []byte("hi"),
	}
	fmt.Printf("%v\n", o.In.A)
	fmt.Printf("%+v\n", o.Ptr)
	fmt.Printf("%v\n%+v\n", o.Any, o.Err)
	fmt.Printf("%#v\n", o.In.M)
	fmt.Printf("%#v\n", o.Arr)
	fmt.Printf("%#v %#v %#v\n", o.Bytes, o.C, o.Any)
	fmt.Printf("%v %d %s %x\n", o.C, o.C, Green, Red)
	fmt.Printf("[%5s][%-5s][%5.1f][%-8.3f][%08.3f][%+d][%x][%X][%o][%b]\n", "ab", "ab", 3.14159, 2.0, -3.5, 5, 255, 255, 8, 5)
	fmt.Printf("[%*d][%-*d][%.*f]\n", 6, 42, 6, 42, 2, 3.14159)
	fmt.Printf("%q %v %s\n", []string{"a b", "c"}, []string{"a b", "c"}, []string{"x"})
	fmt.Printf("%v %v\n", map[Color]int{Blue: 1, Red: 2}, []Color{Red, Blue})
	fmt.Printf("%T %T %T %T %T\n", o, o.Ptr, o.Any, o.Err, o.In.M)
	fmt.Printf("%T %T %T\n", o.Fn, o.Ch, struct{ X, Y int }{})
	var nilErr error
	var nilMap map[string]int
	var nilSlice []int
	var nilPtr *Outer
	var nilAny any
	fmt.Printf("%v %v %v %v %v\n", nilErr, nilMap, nilSlice, nilPtr, nilAny)
	fmt.Printf("%#v %#v %#v %#v\n", nilMap, nilSlice, nilPtr, nilAny)
	fmt.Printf("%d %s\n", nilSlice, nilErr)
	fmt.Printf("%x % X %#x\n", "hello", []byte{1, 171}, "hi")
	fmt.Printf("%6.2f%% done\n", 45.678)
	fmt.Printf("%t %v %08b %c %U\n", true, false, 5, 'G', 'G')
	fmt.Printf("%e %E %g %G\n", 123456.789, 0.000123, 1e-7, 1e21)
	fmt.Printf("%v %v\n", &Inner{A: []int{1}}, &[]int{1, 2})
	fmt.Printf("%+v\n", struct {
		P *Color
		E error
	}{nil, nil})
	fmt.Printf("%s %d\n", 42, "str")
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n")
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil))
	fmt.Println(fmt.Sprintln("x", 1), fmt.Sprintf("%v", [][]int{{1}, {2, 3}}))
}
