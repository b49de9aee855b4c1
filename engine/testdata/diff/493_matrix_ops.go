package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

type Matrix struct {
	rows, cols int
	data       []float64
}

var ErrShape = errors.New("shape mismatch")

func New(r, c int, vals ...float64) *Matrix {
	m := &Matrix{r, c, make([]float64, r*c)}
	copy(m.data, vals)
	return m
}

func Identity(n int) *Matrix {
	m := New(n, n)
	for i := range n {
		m.Set(i, i, 1)
	}
	return m
}

func (m *Matrix) At(i, j int) float64     { return m.data[i*m.cols+j] }
func (m *Matrix) Set(i, j int, v float64) { m.data[i*m.cols+j] = v }

func (m *Matrix) Mul(o *Matrix) (*Matrix, error) {
	if m.cols != o.rows {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", m.rows, m.cols, o.rows, o.cols, ErrShape)
	}
	out := New(m.rows, o.cols)
	for i := range m.rows {
		for j := range o.cols {
			var s float64
			for k := range m.cols {
				s += m.At(i, k) * o.At(k, j)
			}
			out.Set(i, j, s)
		}
	}
	return out, nil
}

func (m *Matrix) Det() float64 {
	if m.rows == 1 {
		return m.data[0]
	}
	det := 0.0
	for c := range m.cols {
		sub := New(m.rows-1, m.cols-1)
		for i := 1; i < m.rows; i++ {
			k := 0
			for j := range m.cols {
				if j == c {
					continue
				}
				sub.Set(i-1, k, m.At(i, j))
				k++
			}
		}
		sign := 1.0
		if c%2 == 1 {
			sign = -1
		}
		det += sign * m.At(0, c) * sub.Det()
	}
	return det
}

func (m *Matrix) String() string {
	var sb strings.Builder
	for i := range m.rows {
		sb.WriteString("[")
		for j := range m.cols {
			if j > 0 {
				sb.WriteString(" ")
			}
			fmt.Fprintf(&sb, "%7.2f", m.At(i, j))
		}
		sb.WriteString("]\n")
	}
	return sb.String()
}

func main() {
	a := New(2, 3, 1, 2, 3, 4, 5, 6)
	b := New(3, 2, 7, 8, 9, 10, 11, 12)
	c, err := a.Mul(b)
	fmt.Print(c, err, "\n")
	_, err = a.Mul(a)
	fmt.Println(err, errors.Is(err, ErrShape))
	r := New(3, 3, 2, -3, 1, 2, 0, -1, 1, 4, 5)
	fmt.Printf("det=%g\n", r.Det())
	id, _ := r.Mul(Identity(3))
	fmt.Print(id)
	rot := New(2, 2, math.Cos(math.Pi/3), -math.Sin(math.Pi/3), math.Sin(math.Pi/3), math.Cos(math.Pi/3))
	p := New(2, 1, 1, 0)
	for range 6 {
		p, _ = rot.Mul(p)
	}
	fmt.Printf("%.3f %.3f det(rot)=%.6f\n", p.At(0, 0), p.At(1, 0)+0, rot.Det())
	fmt.Println(New(1, 1, -0.0).Det(), math.Signbit(New(1, 1, -0.0).Det()))
	fmt.Println(b.At(3, 0))
}
