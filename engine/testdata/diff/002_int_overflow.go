package main

import (
	"fmt"
	"math"
)

// Checksums in embedded protocols rely on wraparound arithmetic.
func checksum8(data []byte) uint8 {
	var sum uint8
	for _, b := range data {
		sum += b
	}
	return sum
}

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println("int8:", i8, i8-1, -i8)
	var u8 uint8 = 0
	u8--
	fmt.Println("uint8:", u8)
	var i16 int16 = math.MaxInt16
	i16 += 2
	fmt.Println("int16:", i16)
	var u16 uint16 = 65535
	u16 *= u16
	fmt.Println("uint16:", u16)
	var i32 int32 = math.MinInt32
	fmt.Println("int32:", i32-1, -i32, i32/-1)
	var u32 uint32 = 1 << 31
	fmt.Println("uint32:", u32*2, u32<<1, u32+u32-1)
	var i64 int64 = math.MaxInt64
	fmt.Println("int64:", i64+1, i64*2)
	var u64 uint64 = math.MaxUint64
	fmt.Println("uint64:", u64, u64+1, u64*3)
	var n int = math.MinInt
	fmt.Println("int:", n, n-1, n*-1)
	var up uintptr = 0
	up--
	fmt.Println("uintptr:", up)
	fmt.Println("checksum:", checksum8([]byte("hello, checksum world")))
	var h uint32 = 2166136261
	for _, c := range []byte("fnv") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println("fnv32:", h)
	x := int8(-128)
	fmt.Println(x/-1, x%-1, x>>1, uint8(x)>>1)
	fmt.Println(-7/2, -7%2, 7/-2, 7%-2, -7>>1)
}
