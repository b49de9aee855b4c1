package main

import "fmt"

type Shape interface{ Area() float64 }

type Sq struct{ s []float64 }

func (q Sq) Area() float64 { return q.s[0] * q.s[0] }

type Embed struct{ Sq }

func total(xs []Shape) float64 {
	t := 0.0
	for _, x := range xs {
		t += x.Area()
	}
	return t
}

func main() {
	fmt.Println(total([]Shape{Sq{[]float64{2}}, &Sq{[]float64{3}}}))
	fmt.Println(total([]Shape{Embed{Sq{[]float64{1}}}, &Embed{Sq{nil}}}))
}
