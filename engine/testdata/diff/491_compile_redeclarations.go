package main

import "fmt"

type T struct{ n int }

func (t T) M() int  { return t.n }
func (t *T) M() int { return t.n }

type U struct {
	a int
	a string
}

func helper() (int, error) {
	return
}

func helper2() int {
	return
}

func dup() {}
func dup() {}

func main() {
	fmt.Println(T{}.M(), helper2())
	init()
}
