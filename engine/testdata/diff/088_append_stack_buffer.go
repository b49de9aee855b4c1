package main

import "fmt"

// Capacity growth of slices that never escape: since Go 1.25 the compiler
// may give the first appends a small stack buffer, so the caps differ from
// those of heap slices (see 017_append_growth.go).
func localCaps() []int {
	var caps []int
	var s []int
	for i := 0; i < 10; i++ {
		s = append(s, i)
		caps = append(caps, cap(s))
	}
	return caps
}

func main() {
	fmt.Println(localCaps())
	var words []string
	last := -1
	for i := 0; i < 20; i++ {
		words = append(words, "w")
		if cap(words) != last {
			last = cap(words)
			fmt.Print(last, " ")
		}
	}
	fmt.Println()
	var bs []byte
	for i := 0; i < 5; i++ {
		bs = append(bs, 'x')
	}
	fmt.Println(len(bs), cap(bs))
}
