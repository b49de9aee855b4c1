package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

func describe(s Shape) { fmt.Println(s.Area()) }

func main() {
	describe(Rect{1, 2})
	var s Shape = &Rect{}
	r := s.(Rect)
	fmt.Println(r.Width)
}
