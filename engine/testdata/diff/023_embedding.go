package main

import "fmt"

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(format string, args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("#%d %s", b.ID, b.Name) }
func (b Base) Kind() string     { return "base" }

type Product struct {
	Base
	*Logger
	Price float64
}

func (p Product) Kind() string { return "product" }

type Service struct {
	Product
	Hours int
}

type Describer interface{ Describe() string }

func main() {
	lg := &Logger{prefix: "[inv] "}
	p := Product{Base{1, "lamp"}, lg, 19.5}
	p.Log("created %s", p.Name)
	p.ID = 7
	fmt.Println(p.Describe(), p.Kind(), p.Base.Kind(), p.Base.ID)
	s := Service{Product{Base: Base{2, "repair"}, Logger: lg}, 3}
	s.Log("service %q for %dh", s.Name, s.Hours)
	fmt.Println(s.Describe(), s.Kind(), s.Product.Base.Name)
	var d Describer = s
	fmt.Println(d.Describe())
	for _, l := range lg.lines {
		fmt.Println(l)
	}
	fmt.Printf("%v\n%+v\n", p.Base, s.Product.Base)
	type Point struct{ X, Y int }
	type Circle struct {
		Point
		Radius int
	}
	c := Circle{Point{1, 2}, 5}
	c.X += 10
	fmt.Printf("%v %+v\n", c, c)
}
