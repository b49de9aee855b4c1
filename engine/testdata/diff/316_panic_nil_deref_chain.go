package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	Head *Node
	Len  int
}

func (l *List) Push(v int) {
	l.Head = &Node{v, l.Head}
	l.Len++
}

func (l *List) Third() int {
	return l.Head.Next.Next.Val
}

func sumThirds(ls []*List) int {
	t := 0
	for _, l := range ls {
		t += l.Third()
	}
	return t
}

func main() {
	a, b := &List{}, &List{}
	for i := 1; i <= 4; i++ {
		a.Push(i * 10)
	}
	b.Push(1)
	b.Push(2)
	fmt.Println(a.Third(), a.Len)
	fmt.Println(sumThirds([]*List{a, b}))
}
