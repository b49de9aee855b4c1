package main

import (
	"fmt"
	"math/bits"
)

type Key struct {
	Name string
	Tags any
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v\n", name, r)
		if e, ok := r.(interface{ RuntimeError() }); ok {
			_ = e
			fmt.Printf("  (%T)\n", r)
		}
	}()
	f()
}

func main() {
	try("unhashable", func() {
		m := map[any]int{}
		m[[]int{1}] = 1
	})
	try("unhashable-struct", func() {
		m := map[Key]int{}
		m[Key{"a", map[string]int{}}] = 1
	})
	try("uncomparable", func() {
		var a, b any = []int{1}, []int{1}
		fmt.Println(a == b)
	})
	try("uncomparable-struct", func() {
		a := Key{"x", func() {}}
		b := Key{"x", 1}
		fmt.Println(a == b)
		fmt.Println(a == a)
	})
	try("arr-of-any", func() {
		a := [2]any{1, []string{}}
		b := [2]any{1, []string{}}
		fmt.Println(a == b)
	})
	try("neg-shift", func() {
		s := -1
		fmt.Println(1 << s)
	})
	try("big-shift", func() {
		s := 70
		var x int64 = 1
		var u uint8 = 200
		fmt.Println(x<<s, x>>s, -x>>s, u<<1, u>>9)
	})
	try("makeslice-len", func() {
		n := -5
		_ = make([]int, n)
	})
	try("makeslice-cap", func() {
		n := 3
		_ = make([]int, n, 1)
	})
	try("bits-div", func() {
		q, r := bits.Div64(1, 0, 1)
		fmt.Println(q, r)
	})
	try("bits-div0", func() {
		var y uint64
		q, r := bits.Div64(0, 1, y)
		fmt.Println(q, r)
	})
	try("nil-arr-ptr", func() {
		var p *[4]int
		fmt.Println(len(p))
		for i := range p {
			fmt.Print(i)
		}
		fmt.Println()
		fmt.Println(p[1])
	})
	try("cap-bound", func() {
		s := make([]int, 2, 3)
		k := 5
		_ = s[:k]
	})
	try("slice3-bound", func() {
		s := make([]int, 2, 3)
		i, j, k := 1, 2, 1
		_ = s[i:j:k]
	})
	try("close-nil", func() {
		var c chan int
		close(c)
	})
	try("send-closed", func() {
		c := make(chan int, 1)
		close(c)
		c <- 1
	})
	try("nil-func", func() {
		var f func(int) int
		f(1)
	})
	try("conv-slice-array", func() {
		s := []int{1, 2}
		_ = [3]int(s)
	})
	try("minint-div", func() {
		x := int64(-1 << 63)
		y := int64(-1)
		fmt.Println(x/y, x%y)
		var i8 int8 = -128
		fmt.Println(i8/int8(y), -i8)
	})
	try("append-nil-map-in-struct", func() {
		type S struct{ M map[string][]int }
		var s S
		s.M["k"] = append(s.M["k"], 1)
	})
}
