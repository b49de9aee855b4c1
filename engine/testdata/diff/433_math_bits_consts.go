package main

import (
	"fmt"
	"math"
	"math/bits"
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
	TB
)

const huge = 1 << 100
const ratio = huge / (1 << 98)
const third = 1.0 / 3

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
	numDays = iota + 2
)

func main() {
	fmt.Println(KB, MB, GB, TB, ratio, third, numDays, Thursday)
	fmt.Printf("%T %T %v\n", third, 'a'+1, 'a'*2)
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Round(-2.5), math.RoundToEven(2.5), math.Trunc(-2.7))
	fmt.Println(math.Mod(7, -3), math.Mod(-7, 3), math.Remainder(7, 3), -7%3, 7%-3, -7/2)
	fmt.Println(math.Sqrt(2), math.Cbrt(27), math.Pow(2, 0.5), math.Pow(0, -1), math.Pow(-8, 1.0/3), math.Hypot(3, 4))
	fmt.Println(math.Log(math.E), math.Log2(1024), math.Log10(0.001), math.Log1p(0), math.Exp(1), math.Expm1(1e-10))
	fmt.Println(math.Sin(math.Pi/6), math.Cos(math.Pi), math.Atan2(1, -1), math.Asin(2))
	fmt.Println(math.MaxInt8, math.MinInt16, math.MaxUint32, uint64(math.MaxUint64), math.MaxInt)
	fmt.Println(math.Abs(-0.0), math.Signbit(math.Copysign(0, -1)), math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1))
	fmt.Println(math.Max(math.NaN(), 1), math.Min(-0.0, 0), math.Dim(5, 3), math.Dim(3, 5))
	frac, exp := math.Frexp(8)
	ip, fp := math.Modf(-3.75)
	fmt.Println(frac, exp, ip, fp, math.Ldexp(0.5, 4), math.Float64bits(1.0), math.Float32frombits(0x40490fdb))
	fmt.Println(bits.LeadingZeros8(1), bits.TrailingZeros16(8), bits.OnesCount(255), bits.Len(1023), bits.Reverse8(1), bits.RotateLeft8(0x81, 1), bits.RotateLeft(1, -1) == 1<<63)
	hi, lo := bits.Mul64(math.MaxUint64, 2)
	sum, carry := bits.Add64(math.MaxUint64, 1, 0)
	diff, borrow := bits.Sub64(0, 1, 0)
	fmt.Println(hi, lo, sum, carry, diff, borrow, bits.ReverseBytes32(0x01020304), bits.UintSize)
	var x uint8 = 250
	x += 10
	var y int16 = 32767
	y++
	var z int32 = math.MinInt32
	z = -z
	fmt.Println(x, y, z, uint32(1<<32-1)+1, int8(-128)/-1)
	a := 1e308
	fmt.Println(a*10, -a*10, float32(a), int64(float32(1<<24+1)))
	fmt.Println(7/2, -7/2, 7.0/2, 1<<3|1, 6&^4, ^0, -(-128), 0x7fffffff+1)
	var u uint = 3
	fmt.Println(u-5 > 0, int(u)-5)
	fmt.Printf("%.20f\n%v %v\n", 0.1+0.2, 0.1+0.2 == 0.3, float32(0.1)+float32(0.2) == float32(0.3))
	const c = 0.1 + 0.2
	fmt.Println(c == 0.3, c)
}
