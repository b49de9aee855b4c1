package main

import (
	"fmt"
	"strconv"
)

type Shape interface {
	Area() float64
}

type Square struct{ Side float64 }

func (s *Square) Area() float64 { return s.Side * s.Side }

func main() {
	var s Shape = Square{2}
	n := strconv.Atoi("12")
	x := 5
	x := 6
	var y int
	y = "str"
	z := undefinedFunc(1)
	fmt.Println(s, n, y, z)
	for i := 0; i < 3; i++ {
		unused := i
	}
	var a, b int = 1
	fmt.Println(a + b)
	return 1
}
