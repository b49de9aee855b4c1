package main

import (
	"fmt"
	"iter"
	"slices"
)

type Matrix [][]int

func (m Matrix) Cells() iter.Seq2[[2]int, int] {
	return func(yield func([2]int, int) bool) {
		for r, row := range m {
			for c, v := range row {
				if !yield([2]int{r, c}, v) {
					return
				}
			}
		}
	}
}

func normalize(m Matrix, divisors []int) Matrix {
	out := make(Matrix, len(m))
	for i := range out {
		out[i] = make([]int, len(m[i]))
	}
	for pos, v := range m.Cells() {
		for _, d := range slices.Values(divisors) {
			out[pos[0]][pos[1]] = v / d
		}
	}
	return out
}

func main() {
	m := Matrix{{10, 20}, {30, 40}}
	fmt.Println(normalize(m, []int{2, 5}))
	fmt.Println(normalize(m, []int{2, 0}))
}
