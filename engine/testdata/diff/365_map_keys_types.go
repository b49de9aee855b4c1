package main

import (
	"fmt"
	"math"
)

type Pair[K comparable, V any] struct {
	K K
	V V
}

type Color int

func main() {
	m := map[any]int{3: 1, -1: 5, 7: 2, nil: 11}
	fmt.Println(m)
	inf := map[float64]string{1: "one", math.Inf(-1): "ninf", math.Inf(1): "inf", 0: "zero", -2.5: "neg"}
	fmt.Println(len(inf), inf)
	var x, y int
	pm := map[*int]string{&x: "x", &y: "y"}
	fmt.Println(len(pm), pm[&x], pm[&y])
	fmt.Printf("%T|%T|%T|%T\n", Pair[int, string]{}, Pair[Pair[int, bool], []string]{}, func(int, ...string) (bool, error) { return false, nil }, make(<-chan []int))
	fmt.Printf("%T|%T|%T\n", [3]*int{}, map[Color][]Pair[string, int]{}, struct {
		a int
		B string `json:"b"`
	}{})
	fmt.Printf("%v|%+v|%#v\n", Pair[string, int]{"x", 1}, Pair[string, int]{"x", 1}, Pair[string, int]{"x", 1})
	type inner struct{ A, B int }
	fmt.Printf("%#v\n", map[string]inner{"k": {1, 2}})
	fmt.Printf("%#v\n", []any{1, "s", nil, 2.5, inner{}, Color(3), []byte("hi")})
	structKeys := map[inner]string{{2, 1}: "b", {1, 2}: "a", {1, 1}: "c"}
	fmt.Println(structKeys)
	ptrMap := map[*int]int{nil: 1}
	fmt.Println(ptrMap)
	arrKeys := map[[2]string]int{{"b", "a"}: 1, {"a", "z"}: 2, {"a", "b"}: 3}
	fmt.Println(arrKeys)
	bools := map[bool]string{true: "t", false: "f"}
	fmt.Printf("%v %#v\n", bools, bools)
	fmt.Printf("%#v %#v %#v %#v\n", 1.0, float32(2.5), complex(1, 2), uint8(7))
	fmt.Printf("%#v %#v %#v\n", "q\"s", 'r', uintptr(10))
	fmt.Printf("%x %X %#v\n", Pair[int, int]{255, 16}, []Pair[int, int]{{10, 11}}, [0]int{})
}
