package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, math.Copysign(0, -1), 1, -1.5, 0.1 + 0.2, 1e6, 1e21, 1e-7, 123456789.125,
		math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(1), math.Inf(-1), math.NaN(), 2.5e-310}
	for _, v := range vals {
		fmt.Printf("%v|%g|%.3e|%8.2f|%G|%s\n", v, v, v, v, v, strconv.FormatFloat(v, 'g', 5, 64))
	}
	var f32 float32 = 16777217
	fmt.Println(f32, float32(0.1), float64(float32(0.1)), float32(1)/3)
	fmt.Printf("%v %.10f %T\n", float32(3.14159265358979), float32(2.0)/3, f32)
	fmt.Println(math.Sqrt(2), math.Pi, math.E, math.Floor(-2.5), math.Ceil(-2.5), math.Round(-2.5), math.Trunc(2.7))
	fmt.Println(math.RoundToEven(2.5), math.Mod(7, -3), math.Remainder(7, 3), math.Abs(-0.0), math.Max(math.NaN(), 1))
	fmt.Println(math.Inf(1)-math.Inf(1), 0*math.Inf(1), math.IsNaN(math.Log(-1)), math.Log(0), math.Exp(710))
	nan := math.NaN()
	fmt.Println(nan == nan, nan < 1, nan > 1, nan != nan)
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero, -zero, 1/math.Copysign(0, -1))
	fmt.Printf("%5.1f%%|%-8.3f|%+.2f|% .2f|%08.3f|%x|%X\n", 99.5, math.Pi, 2.0, 2.0, -3.14159, 1.5, 255.75)
	fmt.Printf("%6.2v|%.0f|%.0f|%.0f|%.1f\n", math.Pi, 0.5, 1.5, 2.5, 0.05)
	f1, f2, u200 := 3.99, -3.99, uint8(200)
	fmt.Println(int(f1), int(f2), int64(math.Float64frombits(0x4340000000000001)), u200+100)
	big := 1e100
	fmt.Println(big, float32(big), int64(1e18), float64(1<<62))
	c := complex(3, -4)
	fmt.Println(c, real(c), imag(c), c*c, -c, complex64(c))
	fmt.Printf("%v %.2f %g %T\n", c, c, complex(math.Inf(1), math.NaN()), c)
	fmt.Println(strconv.FormatFloat(1234.5678, 'f', 2, 64), strconv.FormatFloat(0.000012345, 'e', -1, 64), strconv.FormatFloat(100, 'g', -1, 32))
	fmt.Println(7/2, -7/2, 7%3, -7%3, 7.0/2, 1<<10, 0x1p-2, 1_000_000.5)
	sum := 0.0
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1.0, math.Abs(sum-1) < 1e-9)
}
