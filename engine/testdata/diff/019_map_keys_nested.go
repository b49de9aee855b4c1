package main

import (
	"fmt"
	"slices"
	"strings"
)

type Coord struct{ X, Y int }

type Edge struct {
	From, To string
}

func main() {
	grid := map[Coord]rune{}
	art := []string{"#..", ".#.", "..#"}
	for y, line := range art {
		for x, r := range line {
			if r == '#' {
				grid[Coord{x, y}] = r
			}
		}
	}
	fmt.Println(len(grid), grid[Coord{1, 1}] == '#', grid[Coord{0, 1}])
	fmt.Println(grid)

	graph := map[string][]string{}
	edges := []Edge{{"a", "b"}, {"a", "c"}, {"b", "c"}, {"c", "a"}, {"d", "a"}}
	for _, e := range edges {
		graph[e.From] = append(graph[e.From], e.To)
	}
	fmt.Println(graph)
	nodes := make([]string, 0)
	for n := range graph {
		nodes = append(nodes, n)
	}
	slices.Sort(nodes)
	for _, n := range nodes {
		fmt.Printf("%s -> %s\n", n, strings.Join(graph[n], ","))
	}
	seen := map[Edge]int{}
	for _, e := range append(edges, Edge{"a", "b"}) {
		seen[e]++
	}
	fmt.Println(seen)

	anyKeys := map[any]string{1: "int", "1": "string", 1.5: "float", true: "bool", Coord{1, 2}: "coord"}
	fmt.Println(anyKeys[1], anyKeys["1"], anyKeys[int64(1)] == "", len(anyKeys))
	nested := map[string]map[string]int{"x": {"b": 2, "a": 1}, "w": {}}
	nested["y"] = map[string]int{"z": 26}
	fmt.Println(nested)
	ptrs := map[string]*Coord{"p": {3, 4}}
	ptrs["p"].X = 30
	fmt.Println(*ptrs["p"], ptrs["q"] == nil)
	arrKey := map[[2]string]bool{{"go", "lang"}: true}
	fmt.Println(arrKey)
}
