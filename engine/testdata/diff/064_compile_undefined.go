package main

import "fmt"

type Queue struct {
	items []int
}

func (q *Queue) Push(v int) { q.items = append(q.items, v) }

// main uses a Pop method that was never written, and a few typos.
func main() {
	q := &Queue{}
	q.Push(1)
	q.Push(2)
	fmt.Println(q.Pop())
	fmt.Println(lenght(q.items))
	fmt.Printline("done")
	fmt.Println(q.size)
}
