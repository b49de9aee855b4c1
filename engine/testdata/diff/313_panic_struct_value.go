package main

import "fmt"

type P struct {
	X, Y int
	Name string
}

type Wrapper struct {
	Inner *P
	Tags  []string
}

func validate(p P) {
	if p.X < 0 {
		panic(p)
	}
	fmt.Println("valid", p)
}

func process(ps []P) {
	for _, p := range ps {
		validate(p)
	}
}

func main() {
	defer fmt.Println("deferred in main runs")
	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered %v %+v %T\n", r, r, r)
		}()
		panic(Wrapper{Tags: []string{"a"}})
	}()
	process([]P{{1, 2, "a"}, {-1, 5, "bad"}})
}
