package main

import "fmt"

type Temperature float64

func average(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / len(xs)
}

func main() {
	var t Temperature = 21.5
	readings := []float64{20, 22, 23}
	var count int = "three"
	fmt.Println(average(readings)+t, count)
}
