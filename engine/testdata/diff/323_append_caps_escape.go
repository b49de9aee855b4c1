package main

import (
	"fmt"
	"strings"
)

// evens returns a fresh slice: since Go 1.26 its appends use a stack buffer
// that is copied to the heap at the return.
func evens(xs []int) []int {
	var out []int
	for _, x := range xs {
		if x%2 == 0 {
			out = append(out, x)
		}
	}
	return out
}

// growth reports the capacities it sees while building its result.
func growth(n int) ([]int, []int) {
	var s []int
	var caps []int
	for i := 0; i < n; i++ {
		s = append(s, i*i)
		caps = append(caps, cap(s))
	}
	return s, caps
}

func words(text string) []string {
	var ws []string
	for _, w := range strings.Fields(text) {
		ws = append(ws, strings.ToUpper(w))
	}
	return ws
}

func main() {
	e := evens([]int{1, 2, 3, 4, 5, 6, 7})
	fmt.Println(e, len(e), cap(e))
	e2 := evens([]int{2, 4, 6, 8, 10, 12})
	fmt.Println(e2, len(e2), cap(e2))
	s, caps := growth(10)
	fmt.Println(s, len(s), cap(s), caps)
	w := words("the quick brown fox")
	fmt.Println(w, len(w), cap(w))

	made := make([]int, 0)
	var madeCaps []int
	for i := 0; i < 6; i++ {
		made = append(made, i)
		madeCaps = append(madeCaps, cap(made))
	}
	fmt.Println("make([]int, 0):", madeCaps, made)

	lit := []string{}
	for _, r := range "abc" {
		lit = append(lit, string(r))
	}
	fmt.Println("[]string{}:", len(lit), cap(lit))

	sized := make([]int, 0, 3)
	var sizedCaps []int
	for i := 0; i < 8; i++ {
		sized = append(sized, i)
		sizedCaps = append(sizedCaps, cap(sized))
	}
	fmt.Println("make([]int, 0, 3):", sizedCaps)

	var bs []byte
	for i := 0; i < 40; i++ {
		bs = append(bs, byte('a'+i%26))
		if i%8 == 0 {
			fmt.Print(cap(bs), " ")
		}
	}
	fmt.Println(string(bs[:5]))
	fmt.Println(s[2:5], len(s[2:5]), cap(s[2:5]), cap(s[:0:0]))
}
