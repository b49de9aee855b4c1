package main

import (
	"fmt"
	"math"
)

const c int8 = 100

func main() {
	d := c * 2
	var u uint = 1 << 64
	var i int = math.MaxInt64 + 1
	f := float32(1e39)
	shift := 1 << 100
	var b byte = 'é'
	r := rune(0x7fffffff) + 1
	neg := uint8(-1)
	div := 1 / 0.0
	fmt.Println(d, u, i, f, shift, b, r, neg, div)
}
