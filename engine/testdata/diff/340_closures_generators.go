package main

import (
	"fmt"
	"strings"
)

func makeCounter(start, step int) (func() int, func()) {
	n := start
	return func() int {
			n += step
			return n
		}, func() {
			n = start
		}
}

func memoize(f func(int) int) func(int) int {
	cache := map[int]int{}
	calls := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		calls++
		v := f(n)
		cache[n] = v
		fmt.Printf("  computed f(%d) (call %d)\n", n, calls)
		return v
	}
}

type Middleware func(func(string) string) func(string) string

func chain(h func(string) string, ms ...Middleware) func(string) string {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func tag(name string) Middleware {
	return func(next func(string) string) func(string) string {
		return func(s string) string {
			return "<" + name + ">" + next(s) + "</" + name + ">"
		}
	}
}

func main() {
	next, reset := makeCounter(10, 5)
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())
	sq := memoize(func(n int) int { return n * n })
	fmt.Println(sq(4), sq(4), sq(5))
	h := chain(strings.ToUpper, tag("b"), tag("i"))
	fmt.Println(h("hi"))
	var fs []func() string
	for _, w := range []string{"x", "y", "z"} {
		fs = append(fs, func() string { return w + w })
	}
	for i := 0; i < 3; i++ {
		fs = append(fs, func() string { return fmt.Sprint(i) })
	}
	var out []string
	for _, f := range fs {
		out = append(out, f())
	}
	fmt.Println(out)
	acc := 0
	add := func(xs ...int) int {
		for _, x := range xs {
			acc += x
		}
		return acc
	}
	fmt.Println(add(1, 2), add(), add([]int{3, 4}...), acc)
	fib := func() func() int {
		a, b := 0, 1
		return func() int {
			r := a
			a, b = b, a+b
			return r
		}
	}()
	for i := 0; i < 10; i++ {
		fmt.Print(fib(), " ")
	}
	fmt.Println()
	var recur func(int) string
	recur = func(n int) string {
		if n == 0 {
			return "."
		}
		return "(" + recur(n-1) + ")"
	}
	fmt.Println(recur(3))
	x := 1
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println(x, func(a int) int { return a * x }(7))
}
