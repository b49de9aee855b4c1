package main

import (
	"fmt"
	"math"
)

type Loan struct {
	Principal float64
	RatePct   float64
	Years     int
}

func (l Loan) Monthly() float64 {
	r := l.RatePct / 100 / 12
	n := float64(l.Years * 12)
	return l.Principal * r * math.Pow(1+r, n) / (math.Pow(1+r, n) - 1)
}

func main() {
	l := Loan{250000, 4.5, 30}
	m := l.Monthly()
	fmt.Printf("monthly %.2f total %.2f\n", m, m*float64(l.Years*12))
	fmt.Println(math.Sqrt(2), math.Sqrt(-1), math.Cbrt(27), math.Hypot(3, 4))
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.7), math.Round(-2.5), math.RoundToEven(2.5))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Remainder(7, 3), math.Abs(-0.0))
	fmt.Println(math.Pow(2, 10), math.Pow(2, -1), math.Pow(0, 0), math.Pow(-8, 1.0/3))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MaxUint16)
	fmt.Println(math.Inf(1) > math.MaxFloat64, math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1))
	fmt.Println(math.Log(math.E), math.Log2(1024), math.Log10(0.001), math.Log(0))
	fmt.Printf("%.6f %.6f %.6f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Atan2(1, 1))
	fmt.Println(math.Signbit(math.Copysign(0, -1)), math.Float64bits(1.0), math.Float32frombits(0x40490fdb))
	frac, exp := math.Frexp(8)
	ip, fp := math.Modf(3.75)
	fmt.Println(frac, exp, ip, fp, math.Max(3, math.NaN()), math.Min(-0.0, 0))
}
