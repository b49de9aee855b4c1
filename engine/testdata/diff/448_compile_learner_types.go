package main

import "fmt"

type Temperature float64

func f() {}

func average(xs []float64) float64 {
	total := 0
	for _, x := range xs {
		total += x
	}
	return total / len(xs)
}

func main() {
	var x int = nil
	var s string = 'a'
	var r rune = "a"
	t := Temperature(20.5)
	var c float64 = t
	v := f()
	fmt.Println(x, s, r, c, v, average([]float64{1, 2}))
	same := []int{1, 2} == []int{1, 2}
	fmt.Println(same)
	var u uint = -1
	fmt.Println(u >> 1.5)
}
