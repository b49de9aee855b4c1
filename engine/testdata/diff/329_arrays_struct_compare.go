package main

import "fmt"

type Point struct{ X, Y int }

type Segment struct {
	A, B  Point
	Label string
}

type Board [3][3]rune

func (b Board) Winner() rune {
	lines := [][3][2]int{
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

func (b *Board) Play(r, c int, who rune) { b[r][c] = who }

func main() {
	var grid [3][4]int
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	copyGrid := grid
	copyGrid[2][3] = 99
	fmt.Println(grid, copyGrid[2], len(grid), len(grid[0]))
	p1, p2 := Point{1, 2}, Point{1, 2}
	fmt.Println(p1 == p2, p1 != Point{2, 1}, Segment{p1, p2, "s"} == Segment{p2, p1, "s"})
	seen := map[Point]int{}
	for _, p := range []Point{{0, 0}, {1, 1}, {0, 0}, {2, 2}, {1, 1}, {0, 0}} {
		seen[p]++
	}
	fmt.Println(seen, len(seen))
	arrKey := map[[2]string]bool{{"a", "b"}: true}
	fmt.Println(arrKey[[2]string{"a", "b"}], arrKey[[2]string{"b", "a"}])
	var b Board
	for i := range b {
		for j := range b[i] {
			b[i][j] = '.'
		}
	}
	moves := []struct {
		r, c int
		who  rune
	}{{1, 1, 'X'}, {0, 0, 'O'}, {0, 2, 'X'}, {2, 0, 'X'}, {2, 2, 'O'}}
	for _, m := range moves {
		b.Play(m.r, m.c, m.who)
	}
	for _, row := range b {
		fmt.Println(string(row[:]))
	}
	fmt.Printf("winner: %c\n", b.Winner())
	b2 := b
	b2.Play(1, 0, 'O')
	fmt.Println(b == b2, b[1][0] == '.', string(b2.Winner()))
	arr := [5]int{1, 2, 3}
	sl := arr[1:4]
	sl[0] = 20
	fmt.Println(arr, sl, len(sl), cap(sl))
	pa := &arr
	pa[4] = 5
	for i, v := range pa {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	x := [...]string{2: "c", 0: "a"}
	fmt.Printf("%q %d %v\n", x, len(x), x == [3]string{"a", "", "c"})
	type pair struct {
		k string
		v []int
	}
	ps := []pair{{"a", []int{1}}, {"b", nil}}
	fmt.Printf("%v %+v\n", ps, ps[1])
}
