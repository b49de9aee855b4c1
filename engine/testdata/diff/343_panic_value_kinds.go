package main

import (
	"errors"
	"fmt"
	"os"
)

type Celsius float64
type Code uint16
type Msg string
type Point struct{ X, Y float64 }

func (p Point) String() string { return fmt.Sprintf("(%g,%g)", p.X, p.Y) }

type Overheat struct{ T Celsius }

func (o *Overheat) Error() string { return fmt.Sprintf("overheat at %.1f", float64(o.T)) }

func check(v any) {
	defer func() {
		r := recover()
		fmt.Printf("%-22T %v\n", r, r)
	}()
	panic(v)
}

func monitor(readings []Celsius) {
	for i, r := range readings {
		if r > 100 {
			panic(r)
		}
		fmt.Println("reading", i, r)
	}
}

func main() {
	for _, v := range []any{Celsius(36.6), Code(404), Msg("multi\nline"), Point{1, 2.5}, &Overheat{120},
		errors.New("plain"), 2.0, float32(0.1), complex(1, -1), nil, true, []string{"s"}} {
		check(v)
	}
	println("println:", 2.5, 3.0, float32(1)/3, complex(0, 1), 1e100, -0.0, true, 42, "str")
	fmt.Fprintln(os.Stderr, "about to monitor")
	monitor([]Celsius{20.5, 99.9, 150.25})
}
