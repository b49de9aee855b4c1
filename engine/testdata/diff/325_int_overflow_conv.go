package main

import (
	"fmt"
	"math"
	"math/bits"
)

type Celsius int16

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println(i8, -i8, i8-1)
	var u8 uint8 = 0
	u8--
	fmt.Println(u8, u8+1, ^u8, u8>>1, u8<<1)
	var i32 int32 = math.MaxInt32
	fmt.Println(i32+1, i32*2, -math.MinInt32+0.5)
	var i64 int64 = math.MinInt64
	fmt.Println(i64, -i64, i64-1, i64/-1)
	u := uint(0)
	big, neg := 70000, -40000
	fmt.Println(u-1, uint32(u-1), uint16(big), int8(big/350), int16(neg))
	x := 300
	fmt.Println(byte(x), int8(x), uint8(x&0xff), rune(x), string(rune(x)))
	f := 3.7e10
	fmt.Println(int64(f), int32(int64(f)), uint8(int64(f)))
	c := Celsius(30000)
	c += 10000
	fmt.Printf("%d %v %T\n", c, c, c)
	fmt.Println(bits.OnesCount(255), bits.LeadingZeros64(1), bits.TrailingZeros(8), bits.Len(1023), bits.Reverse8(1))
	hi, lo := bits.Mul64(math.MaxUint64, 3)
	fmt.Println(hi, lo)
	sum, carry := bits.Add64(math.MaxUint64, 1, 0)
	fmt.Println(sum, carry, bits.RotateLeft8(0x81, 1))
	fmt.Println(math.MaxInt64, uint64(math.MaxUint64), math.MinInt64)
	fmt.Printf("%b %o %O %x %X %#x %#o %#b\n", 10, 64, 64, -255, 3054, 255, 8, 5)
	fmt.Printf("%08b|%-6d|%+d|% d|%6.3d|%x\n", 5, 42, 7, 7, 7, uint64(1)<<63)
	var n uint32 = 1
	for i := 0; i < 33; i++ {
		n <<= 1
	}
	fmt.Println(n, 1<<31>>31, int32(1)<<30, -5>>1, -5/2, uint(5)>>10)
	a, b := 17, 5
	fmt.Println(a/b, a%b, -a/b, -a%b, a/-b, a%-b, a&b, a|b, a^b, a&^b)
	h := uint32(2166136261)
	for _, ch := range []byte("hello") {
		h ^= uint32(ch)
		h *= 16777619
	}
	fmt.Println("fnv:", h)
	var counter uint16
	for i := 0; i < 70000; i++ {
		counter++
	}
	fmt.Println(counter)
}
