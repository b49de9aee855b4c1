package main

import "fmt"

type Matrix [][]float64

func identity(n int) Matrix {
	m := make(Matrix, n)
	for i := range m {
		m[i] = make([]float64, n)
		m[i][i] = 1
	}
	return m
}

func (m Matrix) Trace() float64 {
	t := 0.0
	for i := 0; i <= len(m); i++ {
		t += m[i][i]
	}
	return t
}

var I3 = identity(3)
var trace = I3.Trace()

func main() {
	fmt.Println(I3, trace)
}
