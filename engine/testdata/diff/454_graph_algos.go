package main

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Graph map[string][]string

func (g Graph) AddEdge(from, to string) {
	g[from] = append(g[from], to)
	if _, ok := g[to]; !ok {
		g[to] = nil
	}
}

var ErrCycle = errors.New("graph has a cycle")

func (g Graph) TopoSort() ([]string, error) {
	indeg := map[string]int{}
	for n, outs := range g {
		if _, ok := indeg[n]; !ok {
			indeg[n] = 0
		}
		for _, o := range outs {
			indeg[o]++
		}
	}
	var queue []string
	for n, d := range indeg {
		if d == 0 {
			queue = append(queue, n)
		}
	}
	sort.Strings(queue)
	var order []string
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		order = append(order, n)
		next := slices.Clone(g[n])
		sort.Strings(next)
		for _, o := range next {
			indeg[o]--
			if indeg[o] == 0 {
				queue = append(queue, o)
			}
		}
	}
	if len(order) != len(indeg) {
		return order, fmt.Errorf("toposort: %w (%d of %d nodes)", ErrCycle, len(order), len(indeg))
	}
	return order, nil
}

func (g Graph) ShortestPath(from, to string) []string {
	prev := map[string]string{from: ""}
	queue := []string{from}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		if n == to {
			var path []string
			for at := to; at != ""; at = prev[at] {
				path = append(path, at)
			}
			slices.Reverse(path)
			return path
		}
		for _, o := range g[n] {
			if _, seen := prev[o]; !seen {
				prev[o] = n
				queue = append(queue, o)
			}
		}
	}
	return nil
}

type UnionFind struct{ parent, rank []int }

func NewUF(n int) *UnionFind {
	u := &UnionFind{make([]int, n), make([]int, n)}
	for i := range u.parent {
		u.parent[i] = i
	}
	return u
}

func (u *UnionFind) Find(x int) int {
	for u.parent[x] != x {
		u.parent[x] = u.parent[u.parent[x]]
		x = u.parent[x]
	}
	return x
}

func (u *UnionFind) Union(a, b int) bool {
	ra, rb := u.Find(a), u.Find(b)
	if ra == rb {
		return false
	}
	if u.rank[ra] < u.rank[rb] {
		ra, rb = rb, ra
	}
	u.parent[rb] = ra
	if u.rank[ra] == u.rank[rb] {
		u.rank[ra]++
	}
	return true
}

func main() {
	g := Graph{}
	for _, e := range strings.Fields("shirt>tie tie>jacket pants>shoes pants>belt belt>jacket shirt>belt socks>shoes") {
		a, b, _ := strings.Cut(e, ">")
		g.AddEdge(a, b)
	}
	order, err := g.TopoSort()
	fmt.Println(order, err)
	fmt.Println(g.ShortestPath("shirt", "jacket"), g.ShortestPath("shoes", "shirt") == nil)
	g.AddEdge("jacket", "shirt")
	order, err = g.TopoSort()
	fmt.Println(order, err, errors.Is(err, ErrCycle))
	uf := NewUF(8)
	edges := [][2]int{{0, 1}, {2, 3}, {1, 2}, {0, 3}, {5, 6}, {6, 7}, {5, 7}}
	for _, e := range edges {
		fmt.Print(uf.Union(e[0], e[1]), " ")
	}
	fmt.Println()
	groups := map[int][]int{}
	for i := range 8 {
		r := uf.Find(i)
		groups[r] = append(groups[r], i)
	}
	var gs [][]int
	for _, v := range groups {
		gs = append(gs, v)
	}
	sort.Slice(gs, func(i, j int) bool { return gs[i][0] < gs[j][0] })
	fmt.Println(gs, len(g))
}
