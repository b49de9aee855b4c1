package main

import "fmt"

type Graph struct {
	adj map[string][]string
}

func NewGraph() *Graph { return &Graph{} }

func (g *Graph) Connect(a, b string) {
	g.adj[a] = append(g.adj[a], b)
	g.adj[b] = append(g.adj[b], a)
}

func (g *Graph) Degree(n string) int { return len(g.adj[n]) }

func main() {
	g := NewGraph()
	fmt.Println("degree of x:", g.Degree("x"))
	edges := [][2]string{{"a", "b"}, {"b", "c"}}
	for _, e := range edges {
		g.Connect(e[0], e[1])
	}
	fmt.Println(g.Degree("b"))
}
