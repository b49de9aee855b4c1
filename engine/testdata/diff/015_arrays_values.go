package main

import "fmt"

type Board [3][3]byte

func (b Board) Winner() byte {
	lines := [8][3][2]int{
		{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
		{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
		{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
	}
	for _, l := range lines {
		a, b2, c := b[l[0][0]][l[0][1]], b[l[1][0]][l[1][1]], b[l[2][0]][l[2][1]]
		if a != '.' && a == b2 && b2 == c {
			return a
		}
	}
	return '.'
}

func mark(b Board, r, c int, p byte) Board {
	b[r][c] = p
	return b
}

func main() {
	var empty Board
	for i := range empty {
		for j := range empty[i] {
			empty[i][j] = '.'
		}
	}
	b := empty
	b = mark(b, 0, 0, 'X')
	b = mark(b, 1, 1, 'X')
	b2 := b
	b2 = mark(b2, 2, 2, 'X')
	for _, row := range b2 {
		fmt.Println(string(row[:]))
	}
	fmt.Println(string(b.Winner()), string(b2.Winner()), b == b2, empty == Board{})
	a := [5]int{1, 2, 3}
	c := a
	c[0] = 100
	fmt.Println(a, c, a == c, len(a))
	p := &a
	p[1] = 20
	fmt.Println(a, *p)
	d := [...]string{2: "two", 4: "four"}
	fmt.Printf("%q %d\n", d, len(d))
	s := a[1:3]
	s[0] = -1
	fmt.Println(a, s, cap(s))
	type point [2]float64
	seen := map[point]bool{{1, 2}: true}
	fmt.Println(seen[point{1, 2}], seen[point{2, 1}])
}
