package main

import "fmt"

type Point struct{ R, C int }

func (p Point) Add(q Point) Point { return Point{p.R + q.R, p.C + q.C} }

var dirs = [4]Point{{-1, 0}, {1, 0}, {0, -1}, {0, 1}}

func bfs(grid []string, start, goal Point) (int, []Point) {
	rows, cols := len(grid), len(grid[0])
	prev := make(map[Point]Point)
	seen := map[Point]bool{start: true}
	queue := []Point{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == goal {
			var path []Point
			for p := goal; p != start; p = prev[p] {
				path = append(path, p)
			}
			path = append(path, start)
			for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
				path[i], path[j] = path[j], path[i]
			}
			return len(path) - 1, path
		}
		for _, d := range dirs {
			n := cur.Add(d)
			if n.R < 0 || n.R >= rows || n.C < 0 || n.C >= cols {
				continue
			}
			if grid[n.R][n.C] == '#' || seen[n] {
				continue
			}
			seen[n] = true
			prev[n] = cur
			queue = append(queue, n)
		}
	}
	return -1, nil
}

func main() {
	grid := []string{
		"S..#......",
		".#.#.####.",
		".#...#....",
		".####.#.#.",
		"......#.#G",
	}
	var start, goal Point
	for r, row := range grid {
		for c, ch := range row {
			switch ch {
			case 'S':
				start = Point{r, c}
			case 'G':
				goal = Point{r, c}
			}
		}
	}
	n, path := bfs(grid, start, goal)
	fmt.Println("steps:", n)
	fmt.Println(path[:3], "...", path[len(path)-2:])
	canvas := make([][]byte, len(grid))
	for i := range grid {
		canvas[i] = []byte(grid[i])
	}
	for _, p := range path[1 : len(path)-1] {
		canvas[p.R][p.C] = '*'
	}
	for _, row := range canvas {
		fmt.Println(string(row))
	}
	fmt.Printf("%v %+v %#v\n", start, goal, dirs[0])
	n, path = bfs([]string{"S#", "#G"}, Point{0, 0}, Point{1, 1})
	fmt.Println(n, path, path == nil, len(path))
}
