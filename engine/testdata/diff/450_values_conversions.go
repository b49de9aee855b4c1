package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

type Celsius struct{ Deg float64 }
type Fahrenheit struct{ Deg float64 }

type Matrix [2][2]int

type key struct {
	pos  [2]int
	name string
}

func main() {
	c := Celsius{100}
	f := Fahrenheit(c)
	f.Deg = c.Deg*9/5 + 32
	fmt.Println(c, f)
	a := Matrix{{1, 2}, {3, 4}}
	b := a
	b[0][0] = 9
	fmt.Println(a == b, a != b, a, b, a == Matrix{{1, 2}, {3, 4}})
	seen := map[key]int{}
	seen[key{[2]int{1, 2}, "a"}]++
	seen[key{[2]int{1, 2}, "a"}]++
	seen[key{[2]int{2, 1}, "a"}]++
	fmt.Println(len(seen), seen[key{[2]int{1, 2}, "a"}], seen)
	grid := make([][]rune, 3)
	for i := range grid {
		grid[i] = []rune(fmt.Sprintf("%03d", i*7))
	}
	fmt.Println(string(grid[2]), len(grid[1]))
	bs := []byte("abc")
	bs = append(bs, "def"...)
	n := copy(bs, "XY")
	fmt.Println(string(bs), n)
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero, math.Inf(1)-math.Inf(1))
	z := complex(3, 4)
	fmt.Println(real(z), imag(z), cmplx.Abs(z), z*z, cmplx.Sqrt(-1), cmplx.Conj(z))
	fmt.Printf("%.2f %v\n", cmplx.Exp(complex(0, math.Pi)), complex64(z))
	var e struct{}
	var es [3]struct{}
	fmt.Println(e, es, len(es), e == struct{}{})
	r := []rune("héllo, 世界")
	fmt.Println(len(r), string(r[7:]), string(r[1]), r[1])
	type ID int64
	ids := []ID{3, 1, 2}
	total := ID(0)
	for _, id := range ids {
		total += id
	}
	fmt.Printf("%v %T %d\n", total, total, int64(total)*2)
	var i8 int8 = 127
	var u16 uint16 = 65535
	fmt.Println(int16(i8)+1, i8+1, u16+1, uint8(u16), int8(u16), uint32(int8(-1)))
	fl := 2.9
	neg := -2.9
	fmt.Println(int(fl), int(neg), int64(math.Round(neg)), uint8(int(fl)*100))
	bits := math.Float64bits(-0.0)
	fmt.Printf("%#x %v\n", bits, math.Float64frombits(bits))
	if x, err := fmt.Sscanf("10 20", "%d %d", new(int), new(int)); err == nil {
		fmt.Println("scanned", x)
	}
	str := "abc"
	for i := range str {
		fmt.Print(str[i], " ")
	}
	fmt.Println(str[1:2], str[:0] == "", string(str[0]+1))
}
