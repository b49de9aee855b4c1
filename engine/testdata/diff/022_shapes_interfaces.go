package main

import (
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Triangle struct{ A, B, C float64 }

func (r Rect) Area() float64          { return r.W * r.H }
func (r Rect) Perimeter() float64     { return 2 * (r.W + r.H) }
func (c Circle) Area() float64        { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64   { return 2 * math.Pi * c.R }
func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (c Circle) String() string { return fmt.Sprintf("Circle(r=%g)", c.R) }

func describe(s Shape) string {
	switch v := s.(type) {
	case Rect:
		if v.W == v.H {
			return "square"
		}
		return "rectangle"
	case Circle:
		return "circle"
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	shapes := []Shape{Rect{3, 4}, Circle{1}, Triangle{3, 4, 5}, Rect{2, 2}, Circle{0.5}}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	total := 0.0
	for _, s := range shapes {
		fmt.Printf("%-22v %-18s area=%7.3f perim=%.3f\n", s, describe(s), s.Area(), s.Perimeter())
		total += s.Area()
	}
	fmt.Printf("total %.4f\n", total)
	var s Shape
	fmt.Println(s == nil, s)
	s = Circle{2}
	if c, ok := s.(Circle); ok {
		fmt.Println("circle radius", c.R)
	}
	_, isRect := s.(Rect)
	_, isStringer := s.(fmt.Stringer)
	fmt.Println(isRect, isStringer)
	fmt.Println(Rect{1, 2} == Rect{1, 2}, s == Circle{2}, s != Shape(Rect{}))
}
