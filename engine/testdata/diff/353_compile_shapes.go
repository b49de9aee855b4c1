package main

import (
	"fmt"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }

func (r *Rect) Area() float64     { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

func total(shapes []Shape) float64 {
	t := 0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func main() {
	var s Shape = Rect{1, 2}
	fmt.Println(total([]Shape{s}), strings.ToUpper(5))
	x, y := 1
	r := Rect{}
	r.area()
	fmt.Println(r.Diagonal)
}
