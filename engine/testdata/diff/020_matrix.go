package main

import (
	"errors"
	"fmt"
)

type Matrix [][]float64

func New(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func Identity(n int) Matrix {
	m := New(n, n)
	for i := range n {
		m[i][i] = 1
	}
	return m
}

var ErrShape = errors.New("matrix: shape mismatch")

func (a Matrix) Mul(b Matrix) (Matrix, error) {
	if len(a[0]) != len(b) {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", len(a), len(a[0]), len(b), len(b[0]), ErrShape)
	}
	out := New(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			for k := range b {
				out[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return out, nil
}

func (a Matrix) Transpose() Matrix {
	t := New(len(a[0]), len(a))
	for i, row := range a {
		for j, v := range row {
			t[j][i] = v
		}
	}
	return t
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	p, err := a.Mul(b)
	fmt.Println(p, err)
	fmt.Println(a.Transpose())
	_, err = a.Mul(a)
	fmt.Println(err, errors.Is(err, ErrShape))
	i3 := Identity(3)
	q, _ := b.Transpose().Mul(i3)
	fmt.Println(q)
	for _, row := range p {
		for _, v := range row {
			fmt.Printf("%6.1f", v)
		}
		fmt.Println()
	}
	fmt.Printf("%v\n%+v\n", a[0], Matrix{{0.5}})
}
