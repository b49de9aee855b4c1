package main

import (
	"errors"
	"fmt"
)

type Point struct {
	X, Y int
}

type Line struct {
	From, To *Point
	Label    string
	Tags     []string
	Meta     map[string]int
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Reading struct {
	Temp  Celsius
	Where *Point
	Err   error
	Any   any
}

func main() {
	p := Point{1, 2}
	pp := &p
	fmt.Printf("%v %+v %#v\n", p, p, p)
	fmt.Printf("%v %+v\n", pp, pp)
	l := Line{From: &Point{0, 0}, Label: "diag", Tags: []string{"a", "b"}, Meta: map[string]int{"z": 1, "a": 2}}
	fmt.Printf("%+v\n", l.Tags)
	fmt.Printf("%v\n", l.Meta)
	fmt.Printf("%#v\n", l.Meta)
	fmt.Printf("%#v\n", l.Tags)
	fmt.Printf("%v\n", l.To)
	fmt.Printf("%+v\n", l.To)
	fmt.Printf("%#v\n", l.To)
	r := Reading{Temp: 21.55, Err: errors.New("sensor offline")}
	fmt.Printf("%v\n", r)
	fmt.Printf("%+v\n", r)
	rs := []Reading{{Temp: 1}, {Temp: -3.25, Any: 42}}
	fmt.Printf("%v\n", rs)
	fmt.Printf("%+v\n", rs)
	var nilSlice []int
	var nilMap map[string]bool
	var nilPtr *Point
	var nilIface any
	var nilErr error
	fmt.Printf("%v %v %v %v %v\n", nilSlice, nilMap, nilPtr, nilIface, nilErr)
	fmt.Printf("%#v %#v %#v %#v\n", nilSlice, nilMap, nilPtr, nilIface)
	fmt.Printf("%T %T %T %T %T\n", nilSlice, nilMap, nilPtr, nilIface, nilErr)
	fmt.Printf("%d %s\n", nilSlice, nilSlice)
	arr := [3]Point{{1, 2}, {3, 4}}
	fmt.Printf("%v\n%+v\n%#v\n", arr, arr, arr)
	nested := map[string][]Point{"b": {{1, 1}}, "a": nil}
	fmt.Printf("%v\n%#v\n", nested, nested)
	type anon = struct {
		A int
		B string
	}
	fmt.Printf("%#v\n", anon{1, "x"})
	fmt.Printf("%#v\n", []any{1, "s", nil, 2.5, true, Celsius(3)})
	fmt.Printf("%v|%6.2v|%x\n", Celsius(10), 3.14159, "hi")
	fmt.Printf("%T\n", map[Point][]*Line{})
	fmt.Printf("%T %T\n", struct{ A int }{}, func(int) string { return "" })
	fmt.Printf("%v\n", [][]int{{1, 2}, {}, nil})
	fmt.Printf("%q\n", []string{"a b", "c\"d", "\n"})
	fmt.Printf("%x %X % x\n", []byte("hello"), "hello", []byte{1, 171, 255})
	fmt.Printf("%#x %# x\n", []byte("ab"), []byte("ab"))
}
