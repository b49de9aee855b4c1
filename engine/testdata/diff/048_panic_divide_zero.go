package main

import "fmt"

type Stats struct {
	Total, Count int
}

func (s Stats) Mean() int { return s.Total / s.Count }

func (s Stats) SafeMean() (int, bool) {
	if s.Count == 0 {
		return 0, false
	}
	return s.Mean(), true
}

func main() {
	fmt.Println(Stats{9, 3}.SafeMean())
	fmt.Println(Stats{}.SafeMean())
	groups := map[string]Stats{"a": {10, 2}, "b": {7, 0}}
	fmt.Println("a mean", groups["a"].Mean())
	fmt.Println("float ok:", 1.0/float64(groups["b"].Count))
	fmt.Println("b mean", groups["b"].Mean())
}
