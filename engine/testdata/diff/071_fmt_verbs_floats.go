package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, 1, -2.5, 123456.789, 1e-7, 1e21, math.Pi, math.Inf(1), math.NaN()}
	for _, v := range vals {
		fmt.Printf("%v|%g|%G|%e|%E|%.3f|%F|%8.2g|%+.1e\n", v, v, v, v, v, v, v, v, v)
	}
	fmt.Printf("%g %g %g\n", float32(0.1), 1e6, 1e-5)
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%#g %#.3g %#v %#v\n", 1.0, 2.0, 1.0, 1e6)
	fmt.Printf("%x %X %b\n", 1.0, 3.5, 0.5)
	fmt.Printf("%10.4v|%-10v|%010.3f\n", math.Pi, 2.5, -1.5)
	fmt.Printf("%v %.2v %v\n", complex(1, -2), 3+4i, complex64(1.5i))
	fmt.Printf("% .2f|%+.2f|% .2f\n", 1.0, 1.0, -1.0)
	fmt.Println(fmt.Sprintf("%6.3v|%.3g", 1234.5678, 0.000012345))
}
