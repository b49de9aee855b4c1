package main

import (
	"fmt"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	Name() string
}

type Scaler interface {
	Scale(f float64)
}

type ScalableShape interface {
	Shape
	Scaler
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string     { return "rect" }
func (r *Rect) Scale(f float64) { r.W *= f; r.H *= f }
func (r Rect) String() string   { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }

type Square struct {
	Rect
	label string
}

func (s Square) Name() string { return "square:" + s.label }

type byArea []Shape

func (a byArea) Len() int           { return len(a) }
func (a byArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a byArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func describe(s Shape) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s area=%.2f", s.Name(), s.Area())
	if sc, ok := s.(Scaler); ok {
		sc.Scale(2)
		fmt.Fprintf(&b, " scaled=%.2f", s.Area())
	}
	if st, ok := s.(fmt.Stringer); ok {
		fmt.Fprintf(&b, " str=%s", st)
	}
	return b.String()
}

func main() {
	r := Rect{2, 3}
	sq := &Square{Rect{1, 1}, "unit"}
	shapes := []Shape{r, &r, sq, Square{Rect{4, 4}, "big"}}
	for _, s := range shapes {
		fmt.Println(describe(s))
	}
	fmt.Println(r, sq.Rect, sq.Area(), sq.Name(), sq.Rect.Name())
	var ss ScalableShape = sq
	ss.Scale(0.5)
	fmt.Println(ss.Area(), ss.Name())
	sort.Sort(byArea(shapes))
	for _, s := range shapes {
		fmt.Printf("%T %.2f\n", s, s.Area())
	}
	var sh Shape = Square{Rect{1, 2}, "x"}
	_, isScaler := sh.(Scaler)
	_, isPtr := sh.(*Square)
	sqv, isVal := sh.(Square)
	fmt.Println(isScaler, isPtr, isVal, sqv.label)
	areaOf := Shape.Area
	scale := (*Rect).Scale
	rr := Rect{1, 1}
	scale(&rr, 3)
	fmt.Println(areaOf(rr), areaOf(sqv))
}
