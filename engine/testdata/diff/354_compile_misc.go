package main

import "fmt"

type Point struct{ X, Y int }

func dist(p, q Point) int {
	if p.X > q.X {
		return p.X - q.X
	}
}

func main() {
	m := map[string]Point{"a": {1, 2}}
	m["a"].X = 5
	for i := 0; i < 3; i++ {
		i := "s"
	}
	a := 1
	a := 2
	var f float64 = "x"
	fmt.Println(dist(Point{}, Point{}, 3), f)
	if a {
	}
	break
L:
	fmt.Printf("%d\n")
	var arr [3]int
	arr[5] = 1
	_ = append(arr, 1)
}
