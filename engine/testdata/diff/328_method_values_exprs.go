package main

import (
	"fmt"
	"sort"
	"strings"
)

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc()                 { c.n++ }
func (c Counter) Get() int              { return c.n }
func (c Counter) Label(p string) string { return p + c.name }

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

type Temp float64

func (t Temp) F() float64 { return float64(t)*9/5 + 32 }

func apply(fs []func(), times int) {
	for i := 0; i < times; i++ {
		for _, f := range fs {
			f()
		}
	}
}

func main() {
	a := &Counter{name: "a"}
	b := Counter{name: "b"}
	incA := a.Inc
	incB := b.Inc
	getB := b.Get
	apply([]func(){incA, incB, incA}, 2)
	fmt.Println(a.n, b.n, getB(), b.Get())
	get := Counter.Get
	inc := (*Counter).Inc
	inc(&b)
	fmt.Println(get(b), get(*a))
	label := Counter.Label
	fmt.Println(label(b, "name:"), (*Counter).Label(a, "ptr:"))
	add := Op(func(x, y int) int { return x + y })
	mul := Op(func(x, y int) int { return x * y })
	ops := map[string]Op{"add": add, "mul": mul}
	keys := make([]string, 0)
	for k := range ops {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, ops[k].Apply(6, 7), ops[k](2, 3))
	}
	temps := []Temp{-40, 0, 37, 100}
	conv := Temp.F
	for _, t := range temps {
		fmt.Printf("%.1f ", conv(t))
	}
	fmt.Println()
	up := strings.ToUpper
	fns := []func(string) string{up, strings.TrimSpace, strings.ToLower}
	s := "  Mixed Case  "
	for _, f := range fns {
		fmt.Printf("%q ", f(s))
	}
	fmt.Println()
	var sb strings.Builder
	write := sb.WriteString
	for _, w := range []string{"go", "is", "fun"} {
		write(w)
		write(" ")
	}
	fmt.Println(sb.String(), sb.Len())
	counters := []Counter{{"x", 1}, {"y", 2}}
	var getters []func() int
	for _, c := range counters {
		getters = append(getters, c.Get)
	}
	counters[0].n = 100
	for _, g := range getters {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	fmt.Printf("%T\n%T\n", Counter.Label, a.Inc)
}
