package main

import "fmt"

type Matrix struct {
	rows, cols int
	data       []float64
}

func NewMatrix(r, c int) *Matrix {
	return &Matrix{r, c, make([]float64, r*c)}
}

func (m *Matrix) At(i, j int) float64     { return m.data[i*m.cols+j] }
func (m *Matrix) Set(i, j int, v float64) { m.data[i*m.cols+j] = v }

func (m *Matrix) Mul(o *Matrix) *Matrix {
	out := NewMatrix(m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var s float64
			for k := 0; k < m.cols+1; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			out.Set(i, j, s)
		}
	}
	return out
}

func main() {
	a := NewMatrix(2, 3)
	b := NewMatrix(3, 2)
	for i := range a.data {
		a.data[i] = float64(i + 1)
		b.data[i] = float64(6 - i)
	}
	fmt.Println(a.At(1, 2), b.At(2, 1))
	c := a.Mul(b)
	fmt.Println(c)
}
