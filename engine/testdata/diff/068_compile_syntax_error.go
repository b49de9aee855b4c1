package main

import "fmt"

type Point struct {
	X, Y int
}

func (p Point) Add(q Point) Point {
	return Point{p.X + q.X, p.Y + q.Y}
}

func main() {
	p := Point{1, 2}
	q := Point{3, 4}
	for i := 0; i < 3; i++ {
		p = p.Add(q)
	fmt.Println(p)
	if p.X > 5 {
		fmt.Println("far")
	}
}
