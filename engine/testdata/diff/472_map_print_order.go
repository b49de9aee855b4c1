package main

import (
	"fmt"
	"math"
	"time"
)

type Pos struct {
	Row, Col int
}

type Shift struct {
	Day   time.Weekday
	Start time.Duration
}

func main() {
	fl := map[float64]string{math.Inf(1): "inf", -1.5: "neg", 0: "zero", math.Inf(-1): "-inf", 2.25: "pos"}
	fmt.Println(fl)
	fl[math.NaN()] = "nan1"
	fl[math.NaN()] = "nan1"
	fmt.Println(len(fl))
	bm := map[bool]int{true: 1, false: 0}
	fmt.Println(bm)
	am := map[[2]int]string{{2, 1}: "c", {1, 9}: "b", {1, 2}: "a"}
	fmt.Println(am)
	pm := map[Pos]rune{{3, 1}: 'x', {0, 5}: 'y', {0, 2}: 'z'}
	fmt.Printf("%v\n%+v\n", pm, pm)
	sm := map[Shift]string{{time.Monday, 9 * time.Hour}: "early", {time.Sunday, 12 * time.Hour}: "noon", {time.Monday, 8 * time.Hour}: "dawn"}
	fmt.Println(sm)
	im := map[int8]bool{-128: true, 127: false, 0: true}
	fmt.Println(im)
	rm := map[rune]int{'b': 2, 'a': 1, 'é': 3}
	fmt.Println(rm)
	nested := map[string]map[string]int{"z": {"b": 2, "a": 1}, "a": {}}
	fmt.Println(nested)
	ifm := map[any]int{3: 1, 1: 2, 2: 3}
	fmt.Println(ifm)
	ism := map[any]int{"b": 1, "a": 2}
	fmt.Println(ism)
	type Grade string
	gm := map[Grade][]int{"B": {80}, "A": {95, 91}}
	fmt.Printf("%v %d\n", gm, gm)
	um := map[uint]string{10: "ten", 2: "two", 33: "tt"}
	fmt.Printf("%v %x\n", um, um)
	var ptrs = map[string]*Pos{"nil": nil}
	fmt.Println(ptrs)
	cm := map[complex128]int{complex(1, 2): 1, complex(1, -1): 2, complex(0, 5): 3}
	fmt.Println(cm)
	delete(fl, math.NaN())
	fmt.Println(len(fl))
	for k := range fl {
		if k != k {
			delete(fl, k)
		}
	}
	fmt.Println(len(fl), fl)
	clear(fl)
	fmt.Println(fl, len(fl))
}
