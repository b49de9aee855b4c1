package main

import "fmt"

type Level uint8
type Ratio float32
type Label string
type Flag bool

type Op struct {
	Name string
	Lvl  Level
}

func run(i int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("recovered %T: %v\n", r, r)
		}
	}()
	switch i {
	case 0:
		panic(Level(3))
	case 1:
		panic(Ratio(0.25))
	case 2:
		panic(Label("multi\nline"))
	case 3:
		panic(Flag(true))
	case 4:
		panic(Op{"x", 1})
	case 5:
		panic(&Op{"y", 2})
	case 6:
		panic([]int{1, 2})
	case 7:
		panic(complex(1, 2))
	case 8:
		panic(uintptr(8))
	}
}

func main() {
	for i := 0; i < 9; i++ {
		run(i)
	}
	defer func() {
		r := recover()
		fmt.Println("main recovered", r)
		panic(Label("final\tvalue"))
	}()
	panic(Ratio(1.5))
}
