package main

import (
	"container/heap"
	"fmt"
	"math"
	"strings"
)

type Edge struct {
	To     string
	Weight int
}

type Item struct {
	node  string
	dist  int
	index int
}

type PQ []*Item

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	if pq[i].dist == pq[j].dist {
		return pq[i].node < pq[j].node
	}
	return pq[i].dist < pq[j].dist
}
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PQ) Push(x any) {
	it := x.(*Item)
	it.index = len(*pq)
	*pq = append(*pq, it)
}
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	it := old[n-1]
	old[n-1] = nil
	it.index = -1
	*pq = old[:n-1]
	return it
}

func dijkstra(g map[string][]Edge, src string) (map[string]int, map[string]string) {
	dist := map[string]int{}
	prev := map[string]string{}
	for n := range g {
		dist[n] = math.MaxInt
	}
	dist[src] = 0
	pq := &PQ{}
	heap.Init(pq)
	heap.Push(pq, &Item{node: src, dist: 0})
	for pq.Len() > 0 {
		it := heap.Pop(pq).(*Item)
		if it.dist > dist[it.node] {
			continue
		}
		for _, e := range g[it.node] {
			nd := it.dist + e.Weight
			if nd < dist[e.To] {
				dist[e.To] = nd
				prev[e.To] = it.node
				heap.Push(pq, &Item{node: e.To, dist: nd})
			}
		}
	}
	return dist, prev
}

func path(prev map[string]string, dst string) string {
	var p []string
	for at := dst; at != ""; at = prev[at] {
		p = append([]string{at}, p...)
	}
	return strings.Join(p, " -> ")
}

func main() {
	g := map[string][]Edge{
		"A": {{"B", 4}, {"C", 2}},
		"B": {{"C", 5}, {"D", 10}},
		"C": {{"E", 3}},
		"D": {{"F", 11}},
		"E": {{"D", 4}},
		"F": {},
		"G": {{"A", 1}},
	}
	dist, prev := dijkstra(g, "A")
	fmt.Println(dist)
	for _, n := range []string{"B", "D", "F", "G"} {
		if dist[n] == math.MaxInt {
			fmt.Printf("%s: unreachable\n", n)
			continue
		}
		fmt.Printf("%s: %3d via %s\n", n, dist[n], path(prev, n))
	}
	fmt.Printf("%v %d\n", len(prev), math.MaxInt)
}
