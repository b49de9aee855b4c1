package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

// Roots of unity and a tiny DFT, the way a signal-processing student would.
func dft(x []complex128) []complex128 {
	n := len(x)
	out := make([]complex128, n)
	for k := 0; k < n; k++ {
		var s complex128
		for t := 0; t < n; t++ {
			angle := -2 * math.Pi * float64(k*t) / float64(n)
			s += x[t] * cmplx.Exp(complex(0, angle))
		}
		out[k] = complex(math.Round(real(s)*1000)/1000, math.Round(imag(s)*1000)/1000)
	}
	return out
}

func main() {
	a := complex(3, 4)
	b := 1 - 2i
	fmt.Println(a, b, a+b, a*b, a/b)
	fmt.Println(real(a), imag(a), cmplx.Abs(a), cmplx.Conj(a))
	var c64 complex64 = complex64(a)
	fmt.Println(c64, c64*c64)
	fmt.Printf("%v %.2f %+.1f %T %T\n", a, a, b, a, c64)
	fmt.Println(cmplx.Sqrt(-1), 1i*1i, a == complex(3, 4))
	sig := []complex128{1, 0, -1, 0}
	fmt.Println(dft(sig))
	fmt.Println(complex(math.Inf(1), math.NaN()))
	const k = 2i * 2i
	fmt.Println(k, real(k))
}
