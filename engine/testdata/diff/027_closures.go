package main

import "fmt"

func counter(start int) (inc func() int, reset func()) {
	n := start
	inc = func() int { n++; return n }
	reset = func() { n = start }
	return
}

func memoFib() func(int) int {
	memo := map[int]int{}
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		memo[n] = fib(n-1) + fib(n-2)
		return memo[n]
	}
	return fib
}

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func main() {
	inc, reset := counter(10)
	fmt.Println(inc(), inc(), inc())
	reset()
	fmt.Println(inc())
	fib := memoFib()
	fmt.Println(fib(50), fib(90))
	double := func(x int) int { return x * 2 }
	addN := func(n int) func(int) int { return func(x int) int { return x + n } }
	f := compose(double, addN(3), double)
	fmt.Println(f(1), f(10))
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * i }) // per-iteration i (Go 1.22)
	}
	for _, fn := range funcs {
		fmt.Print(fn(), " ")
	}
	fmt.Println()
	var ptrs []*int
	for i := range 3 {
		ptrs = append(ptrs, &i)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2], ptrs[0] != ptrs[1])
	x := 1
	defer func() { fmt.Println("deferred sees", x) }()
	func() { x = 42 }()
	fmt.Println(x)
}
