package main

import (
	"fmt"
	"strings"
)

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3 * c.R * c.R }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				fmt.Printf("%-10s runtime=%v: %v\n", name, strings.HasPrefix(fmt.Sprintf("%T", e), "runtime."), e)
			} else {
				fmt.Printf("%-10s value: %v\n", name, r)
			}
		}
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	var m map[string]int
	var i any = "str"
	var sh Shape = Sq{2}
	var np *Circle
	zero := 0
	n := -1
	try("index", func() { _ = s[len(s)+2] })
	try("negidx", func() { _ = s[n] })
	try("slice", func() { _ = s[2:1:2][0] })
	try("slice2", func() { lo := 4; _ = s[lo:] })
	try("slice3", func() { hi := 10; _ = s[:hi] })
	try("slice4", func() { hi := 10; _ = s[1:2:hi] })
	try("str", func() { str := "abc"; k := 3; _ = str[k] })
	try("strsl", func() { str := "abc"; k := 5; _ = str[1:k] })
	try("nilmap", func() { m["x"] = 1 })
	try("div", func() { _ = 10 / zero })
	try("mod", func() { _ = 10 % zero })
	try("assert", func() { _ = i.(int) })
	try("assert2", func() { _ = sh.(*Circle) })
	try("assert3", func() { _ = i.(fmt.Stringer) })
	try("nilptr", func() { _ = np.R })
	try("nilmeth", func() { var s2 Shape = np; _ = s2.Area() })
	try("niliface", func() { var s3 Shape; _ = s3.Area() })
	try("arr", func() { var a [4]int; k := 4; a[k] = 1 })
	try("conv", func() { _ = []int(nil)[:0]; arr := s[:]; _ = [4]int(arr) })
	try("makeneg", func() { _ = make([]int, n) })
	try("closed", func() { c := make(chan int); close(c); close(c) })
	try("custom", func() { panic(fmt.Sprintf("bad %d", 3)) })
	try("nilpanic", func() { panic(nil) })
	var e error
	try("nilerr", func() { _ = e.Error() })
	fmt.Println("done")
	_ = s[zero+5]
}
