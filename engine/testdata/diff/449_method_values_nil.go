package main

import (
	"fmt"
	"strings"
)

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc() int { c.n++; return c.n }
func (c Counter) Get() int  { return c.n }
func (c *Counter) Name() string {
	if c == nil {
		return "<nil counter>"
	}
	return c.name
}

type Wrapper struct {
	*Counter
	label string
}

type Getter interface{ Get() int }

func apply(fs []func() int) []int {
	var out []int
	for _, f := range fs {
		out = append(out, f())
	}
	return out
}

func try(what string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: %v\n", what, r)
		}
	}()
	f()
}

func main() {
	c := &Counter{name: "c"}
	inc := c.Inc
	get := c.Get
	inc()
	inc()
	fmt.Println(c.n, get(), c.Get())
	incExpr := (*Counter).Inc
	getExpr := Counter.Get
	incExpr(c)
	fmt.Println(getExpr(*c), apply([]func() int{c.Inc, c.Get, c.Inc}))
	var nc *Counter
	fmt.Println(nc.Name())
	nameOf := nc.Name
	fmt.Println(nameOf())
	w := Wrapper{label: "w"}
	fmt.Println(w.Name())
	try("promoted value method via nil embedded", func() { _ = w.Get })
	try("promoted pointer method call", func() { w.Inc() })
	try("nil value receiver", func() { f := nc.Get; _ = f })
	var g Getter
	try("nil interface method value", func() { f := g.Get; _ = f })
	g = Counter{n: 7}
	gf := g.Get
	g = Counter{n: 9}
	fmt.Println(gf(), g.Get())
	up := strings.ToUpper
	fns := map[string]func(string) string{"up": up, "low": strings.ToLower, "title": func(s string) string {
		return strings.ToUpper(s[:1]) + s[1:]
	}}
	for _, k := range []string{"low", "title", "up"} {
		fmt.Print(fns[k]("hELLO"), " ")
	}
	fmt.Println()
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))
	b := strings.Builder{}
	write := b.WriteString
	write("a")
	write("b")
	fmt.Println(b.String())
}
