package main

import (
	"fmt"
	"strconv"
)

type Temp float64

func (t Temp) String() string { return strconv.FormatFloat(float64(t), 'f', 1, 64) + "°C" }

type Money struct {
	Cents    int64
	Currency string
}

func (m Money) String() string {
	return fmt.Sprintf("%s %d.%02d", m.Currency, m.Cents/100, m.Cents%100)
}

type ValidationError struct {
	Field string
	Value any
}

func (e *ValidationError) Error() string { return fmt.Sprintf("invalid %s: %v", e.Field, e.Value) }

type Point struct{ X, Y int }

func (p *Point) String() string { return fmt.Sprintf("P(%d,%d)", p.X, p.Y) }

type Both struct{}

func (Both) Error() string  { return "error wins" }
func (Both) String() string { return "stringer loses" }

func validate(age int) error {
	if age < 0 {
		return &ValidationError{"age", age}
	}
	return nil
}

func main() {
	t := Temp(21.456)
	fmt.Println(t, []Temp{1, 2.25})
	fmt.Printf("%v %s %d %.2f %q\n", t, t, t, t, t)
	m := Money{12345, "EUR"}
	fmt.Println(m, &m, []Money{m}, map[string]Money{"x": m})
	fmt.Printf("%v %+v %#v\n", m, m, m)
	err := validate(-3)
	fmt.Println(err, validate(3))
	fmt.Printf("%v | %s | %q\n", err, err, err)
	p := Point{1, 2}
	fmt.Println(p, &p, []*Point{&p}[0])
	fmt.Println(Both{})
	fmt.Printf("%v %d\n", struct {
		T Temp
		M Money
	}{t, m}, Temp(3))
	var nilErr *ValidationError
	var e error = nilErr
	fmt.Println(e == nil, nilErr == nil)
}
