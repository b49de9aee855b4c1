package main

import (
	"fmt"
	"strings"
)

type Matrix [][]float64

func (m Matrix) String() string {
	var rows []string
	for _, r := range m {
		rows = append(rows, fmt.Sprint(r))
	}
	return strings.Join(rows, "\n")
}

type DimError struct {
	Want, Got [2]int
}

func (e DimError) Error() string {
	return fmt.Sprintf("dimension mismatch: want %dx%d, got %dx%d", e.Want[0], e.Want[1], e.Got[0], e.Got[1])
}

func mul(a, b Matrix) Matrix {
	if len(a[0]) != len(b) {
		panic(DimError{[2]int{len(a), len(a[0])}, [2]int{len(b), len(b[0])}})
	}
	out := make(Matrix, len(a))
	for i := range a {
		out[i] = make([]float64, len(b[0]))
		for j := range b[0] {
			for k := range b {
				out[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return out
}

func main() {
	a := Matrix{{1, 2}, {3, 4}}
	b := Matrix{{0.5, 0}, {0, 2}}
	fmt.Println(mul(a, b))
	fmt.Printf("%v\n%s\n", mul(b, a), Matrix{{1}})
	c := Matrix{{1, 2, 3}}
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(fmt.Errorf("wrapped: %w", r.(error)))
	}()
	mul(a, c)
}
