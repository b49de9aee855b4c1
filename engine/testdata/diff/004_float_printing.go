package main

import (
	"fmt"
	"math"
)

func mean(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func main() {
	fmt.Println(1e6, 1e20, 1e21, 123456789.0, 1e-4, 1e-5)
	fmt.Println(0.1+0.2, 0.1+0.2 == 0.3, 1.0, 2.5, 100.0)
	a, b := 0.1, 0.2
	fmt.Println(a+b, a+b == 0.3, a*3, 1-0.9)
	fmt.Println(math.NaN(), math.Inf(1), math.Inf(-1))
	z := 0.0
	negz := math.Copysign(0, -1)
	fmt.Println(z, negz, -z, 1/negz, 1/z)
	fmt.Println(math.NaN() == math.NaN(), z/z)
	fmt.Println(float32(0.1), float32(16777217), float32(1e10))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.MaxFloat32, math.Pi, float32(math.Pi))
	fmt.Println(mean([]float64{1, 2, 3, 4}), mean([]float64{0.1, 0.2, 0.4}))
	fmt.Println(3.0/7, 2.0/3, 1e100, 5e-324)
	fmt.Println(1/3.0*3 == 1.0, 100*1.1)
	var sum float32
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, float64(sum))
	fmt.Printf("%v %g %f %.2f %e\n", 1e6, 1e6, 1e6, 1e6, 1e6)
	fmt.Println(fmt.Sprint(1e6), fmt.Sprint(float32(2.5)), fmt.Sprint(-0.0))
	prices := []float64{19.99, 5.01, 0.005, 1234.5}
	total := 0.0
	for _, p := range prices {
		total += p
	}
	fmt.Println("total", total, math.Round(total*100)/100)
}
