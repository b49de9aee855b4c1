package main

import (
	"fmt"
	"log"
	"os"
)

type Matrix [][]float64

func (m Matrix) Mul(o Matrix) (Matrix, error) {
	if len(m[0]) != len(o) {
		return nil, fmt.Errorf("cannot multiply %dx%d by %dx%d", len(m), len(m[0]), len(o), len(o[0]))
	}
	r := make(Matrix, len(m))
	for i := range m {
		r[i] = make([]float64, len(o[0]))
		for j := range o[0] {
			for k := range o {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return r, nil
}

func main() {
	out := log.New(os.Stdout, "matrix: ", log.Lmsgprefix|log.Lshortfile)
	defer out.Println("deferred: never printed")
	a := Matrix{{1, 2}, {3, 4}}
	b := Matrix{{5}, {6}}
	p, err := a.Mul(b)
	if err != nil {
		out.Fatal(err)
	}
	out.Println("product", p)
	if _, err := b.Mul(b); err != nil {
		out.Fatalln("step 2:", err)
	}
	out.Println("unreachable")
}
