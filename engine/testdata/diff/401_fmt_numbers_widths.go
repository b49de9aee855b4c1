package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, 1, -1, 3.14159265, 1e-7, 123456789.0, 1e21, 2.5e-300, math.MaxFloat64, math.SmallestNonzeroFloat64}
	for _, v := range vals {
		fmt.Printf("%v|%g|%e|%.3e|%f|%.2f|%10.3f|%-10.2f|%08.3f|%+.1f\n", v, v, v, v, v, v, v, v, v, v)
	}
	neg0 := math.Copysign(0, -1)
	fmt.Println(neg0, math.NaN(), math.Inf(1), math.Inf(-1))
	fmt.Printf("%v %f %.2f %g %e\n", neg0, neg0, neg0, neg0, neg0)
	fmt.Printf("%5.1f|%-8v|%+v|%08.2f\n", math.NaN(), math.Inf(1), math.Inf(-1), math.Inf(-1))
	fmt.Printf("%G %E %.4G\n", 1e-10, 12345.678, 0.000012345)
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), f32*3, float32(1)/3)
	fmt.Printf("%v %g %.10f\n", f32, f32, f32)
	fmt.Println(1e6, 1e20, 1e21, 123456.7, 0.0001, 0.00001)
	ints := []int64{0, 7, -7, 255, -128, math.MaxInt64, math.MinInt64}
	for _, n := range ints {
		fmt.Printf("%d|%5d|%-5d|%05d|%+d|%x|%X|%#x|%o|%#o|%O|%b\n", n, n, n, n, n, n, n, n, n, n, n, n)
	}
	fmt.Printf("%*d|%-*d|%.*f\n", 6, 42, 6, 42, 2, math.Pi)
	fmt.Printf("%c %c %U %#U %q %q\n", 'A', 0x1F600, 'é', 'é', 'x', 0x1F600)
	fmt.Printf("%x %X %o %b\n", uint8(200), uint16(0xBEEF), uint32(8), uint64(5))
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%v %v\n", complex(1, -2), complex64(complex(0.5, 0)))
	fmt.Printf("%.2f %8.3v\n", complex(1.234, 5.678), complex(1, 1))
	fmt.Printf("%t %v %5t|\n", true, false, true)
	fmt.Printf("%s|%10s|%-10s|%.2s|%q|%x\n", "go", "go", "go", "gopher", "go\t", "go")
	fmt.Printf("%d %s\n", "str", 12)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%!\n", 1)
	fmt.Printf("%z\n", 3)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil, true))
	fmt.Println(fmt.Sprint(1, 2), fmt.Sprint("a", "b"), fmt.Sprint(1, "a", 2))
	fmt.Println(fmt.Sprintln("x", 1) + "|")
	fmt.Print("p", 1, 2, "\n")
	fmt.Print(1.5, 2, "\n")
}
