package main

import (
	"fmt"
	"math"
)

const (
	Big   = 1 << 100
	Small = Big >> 99
	Huge  = Big * Big
	Ratio = Huge / Big / Big
	Third = 1.0 / 3
	IntDv = 1 / 3
	Mixed = 7 / 2.0
	Char  = 'a' + 1
	Str   = "go" + "pher"
)

func needFloat(x float64) float64 { return x * 0.1 }

func main() {
	fmt.Println(Small, Ratio, needFloat(Big))
	fmt.Println(Third, IntDv, Mixed)
	fmt.Println(Char, string(rune(Char)), Str, len(Str))
	var f32 float32 = Third
	fmt.Println(f32, Third*3 == 1)
	const typed int64 = 1 << 40
	fmt.Println(typed, typed>>38)
	fmt.Println(math.MaxUint32, uint64(math.MaxUint64))
	const e = 1e3
	var n int = e
	fmt.Println(n, e)
	x := 10
	fmt.Println(x/4, x/4.0 == 2, float64(x)/4)
	fmt.Printf("%T %T %T %T\n", Char, Third, 1<<3, 2i)
	const huge = 1e309 / 1e10
	fmt.Println(huge)
	var shift uint = 3
	fmt.Println(1<<shift, int8(1)<<6, uint8(1)<<shift)
}
