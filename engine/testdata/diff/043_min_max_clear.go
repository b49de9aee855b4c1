package main

import (
	"fmt"
	"math"
)

type Reading struct {
	Sensor string
	Value  float64
}

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(2.5, 1), max("b", "abc", "a"))
	x, y := 7, -3
	fmt.Println(min(x, y, 0), max(x, y, 100))
	nan := math.NaN()
	fmt.Println(min(1.0, nan), max(nan, 2.0), min(-0.0, 0.0), max(math.Inf(-1), -1e308))
	negz := math.Copysign(0, -1)
	fmt.Println(min(0.0, negz), max(negz, 0.0))
	readings := []Reading{{"t1", 20.5}, {"t2", 19.25}, {"t1", 23}, {"t3", -4}}
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, r := range readings {
		lo = min(lo, r.Value)
		hi = max(hi, r.Value)
	}
	fmt.Println("range", lo, hi)
	const c = min(1, 2.5, 'a')
	fmt.Println(c)
	m := map[string][]Reading{}
	for _, r := range readings {
		m[r.Sensor] = append(m[r.Sensor], r)
	}
	fmt.Println(len(m), m)
	clear(m)
	fmt.Println(len(m), m)
	buf := []int{1, 2, 3, 4}
	view := buf[1:3]
	clear(view)
	fmt.Println(buf, len(view))
	var u8 uint8 = 200
	fmt.Println(max(u8, 100), min(u8, 255))
}
