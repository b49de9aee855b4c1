package main

import "fmt"

type Shape interface{ Area() float64 }
type Sq struct{}

func (Sq) Area() float64 { return 1 }

func main() {
	x := 3
	switch x {
	case "a":
	case 1, 1:
	case 2.5:
	}
	var s Shape = Sq{}
	switch v := s.(type) {
	case Sq, *Sq:
		fmt.Println(v.Area())
	case int:
	case Sq:
	}
	switch {
	case x:
	}
	var y any
	switch y.(type) {
	case fmt.Stringer:
	case nil, nil:
	}
}
