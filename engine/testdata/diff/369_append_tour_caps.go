package main

import "fmt"

func printSlice(s []int) {
	fmt.Printf("len=%d cap=%d %v\n", len(s), cap(s), s)
}

func printLen(s []string) {
	fmt.Println(len(s), cap(s))
}

func collect(n int) []string {
	out := make([]string, 0)
	for i := 0; i < n; i++ {
		out = append(out, fmt.Sprint(i))
	}
	return out
}

func main() {
	var s []int
	printSlice(s)
	s = append(s, 0)
	printSlice(s)
	s = append(s, 1)
	printSlice(s)
	s = append(s, 2, 3, 4)
	printSlice(s)

	var names []string
	for _, n := range []string{"a", "b", "c"} {
		names = append(names, n)
		printLen(names)
	}
	c := collect(3)
	fmt.Println(len(c), cap(c))

	var q []int
	for i := 0; i < 5; i++ {
		q = append(q, i)
		fmt.Println(len(q), cap(q))
	}
	var r []float64
	for i := 0; i < 5; i++ {
		r = append(r, float64(i))
	}
	fmt.Println(r, cap(r))
}
