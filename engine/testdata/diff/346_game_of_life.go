package main

import (
	"fmt"
	"strings"
)

const W, H = 12, 8

type Grid [H][W]bool

func (g *Grid) Neighbors(r, c int) int {
	n := 0
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			if dr == 0 && dc == 0 {
				continue
			}
			rr, cc := (r+dr+H)%H, (c+dc+W)%W
			if g[rr][cc] {
				n++
			}
		}
	}
	return n
}

func (g Grid) Step() Grid {
	var next Grid
	for r := range H {
		for c := range W {
			n := g.Neighbors(r, c)
			next[r][c] = n == 3 || (n == 2 && g[r][c])
		}
	}
	return next
}

func (g Grid) String() string {
	var b strings.Builder
	for _, row := range g {
		for _, alive := range row {
			if alive {
				b.WriteByte('#')
			} else {
				b.WriteByte('.')
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func (g Grid) Alive() (n int) {
	for _, row := range g {
		for _, a := range row {
			if a {
				n++
			}
		}
	}
	return
}

func main() {
	var g Grid
	for _, p := range [][2]int{{0, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}, {5, 8}, {5, 9}, {5, 10}} {
		g[p[0]][p[1]] = true
	}
	seen := map[Grid]int{}
	for gen := 0; gen < 30; gen++ {
		if prev, ok := seen[g]; ok {
			fmt.Printf("generation %d repeats %d\n", gen, prev)
			break
		}
		seen[g] = gen
		if gen%10 == 0 {
			fmt.Printf("gen %d alive %d\n%v", gen, g.Alive(), g)
		}
		g = g.Step()
	}
	fmt.Println(len(seen), g.Alive())
}
