package main

import (
	"container/heap"
	"fmt"
	"sort"
	"strings"
)

type Task struct {
	Name     string
	Priority int
	Order    int
	index    int
}

type PQ []*Task

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	if pq[i].Priority != pq[j].Priority {
		return pq[i].Priority > pq[j].Priority
	}
	return pq[i].Order < pq[j].Order
}
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PQ) Push(x any) {
	t := x.(*Task)
	t.index = len(*pq)
	*pq = append(*pq, t)
}
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	t.index = -1
	*pq = old[:n-1]
	return t
}

func (pq *PQ) update(t *Task, prio int) {
	t.Priority = prio
	heap.Fix(pq, t.index)
}

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func kSmallest(nums []int, k int) []int {
	h := &IntHeap{}
	for _, n := range nums {
		heap.Push(h, n)
	}
	var out []int
	for i := 0; i < k && h.Len() > 0; i++ {
		out = append(out, heap.Pop(h).(int))
	}
	return out
}

func main() {
	pq := &PQ{}
	heap.Init(pq)
	names := strings.Fields("write test deploy review plan fix")
	tasks := map[string]*Task{}
	for i, n := range names {
		t := &Task{Name: n, Priority: (i * 7) % 4, Order: i}
		tasks[n] = t
		heap.Push(pq, t)
	}
	pq.update(tasks["plan"], 10)
	heap.Remove(pq, tasks["fix"].index)
	for pq.Len() > 0 {
		t := heap.Pop(pq).(*Task)
		fmt.Printf("%-7s p=%d o=%d idx=%d\n", t.Name, t.Priority, t.Order, t.index)
	}
	fmt.Println(kSmallest([]int{9, 4, 7, 1, 8, 2, 2, 6}, 4))
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	fmt.Println(*h, (*h)[0])
	keys := make([]string, 0, len(tasks))
	for k := range tasks {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, sort.SearchStrings(keys, "plan"), sort.StringsAreSorted(keys))
	ints := []int{5, 2, 6, 3, 1, 4}
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints, sort.IsSorted(sort.IntSlice(ints)))
	idx := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(idx)
	fl := []float64{2.5, -1, 3}
	sort.Float64s(fl)
	fmt.Println(fl)
}
