package main

import "fmt"

type T struct{ xs []int }

func (t T) First() int { return t.xs[0] }

func call(f func() int) int { return f() }

func callT(f func(T) int, t T) int { return f(t) }

func main() {
	t := T{[]int{1}}
	fmt.Println(call(t.First), callT(T.First, t))
	e := T{}
	defer func() {
		r := recover()
		fmt.Println("r1", r)
		fmt.Println(call(e.First))
	}()
	fmt.Println(callT(T.First, e))
}
