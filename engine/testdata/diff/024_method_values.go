package main

import (
	"fmt"
	"strings"
)

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc()                   { c.n++ }
func (c Counter) Get() int                { return c.n }
func (c Counter) Label(sep string) string { return c.name + sep + fmt.Sprint(c.n) }

type Op func(float64, float64) float64

type Calc struct{ acc float64 }

func (c *Calc) Add(x float64) *Calc { c.acc += x; return c }
func (c *Calc) Mul(x float64) *Calc { c.acc *= x; return c }

func main() {
	c := Counter{name: "clicks"}
	inc := c.Inc // bound to &c
	get := c.Get // copies c now
	for range 3 {
		inc()
	}
	fmt.Println(c.n, get(), c.Get())
	label := Counter.Label
	fmt.Println(label(c, "="))
	incExpr := (*Counter).Inc
	incExpr(&c)
	getExpr := (*Counter).Get
	fmt.Println(getExpr(&c))
	fns := []func() int{c.Get, (&c).Get}
	c.Inc()
	fmt.Println(fns[0](), fns[1](), c.n)
	upper := strings.ToUpper
	fmt.Println(upper("method value"))
	ops := map[string]Op{
		"+": func(a, b float64) float64 { return a + b },
		"*": func(a, b float64) float64 { return a * b },
	}
	fmt.Println(ops["+"](2, 3), ops["*"](2, 3))
	calc := &Calc{}
	fmt.Println(calc.Add(2).Mul(10).Add(1).acc)
	apply := func(f func(float64) *Calc, xs ...float64) {
		for _, x := range xs {
			f(x)
		}
	}
	apply(calc.Add, 1, 2, 3)
	fmt.Println(calc.acc)
	fmt.Printf("%T\n%T\n", label, incExpr)
}
