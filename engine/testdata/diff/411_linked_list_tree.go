package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
}

func fromSlice(xs []int) *Node {
	var head *Node
	for i := len(xs) - 1; i >= 0; i-- {
		head = &Node{xs[i], head}
	}
	return head
}

func (n *Node) String() string {
	var sb strings.Builder
	for cur := n; cur != nil; cur = cur.Next {
		if cur != n {
			sb.WriteString(" -> ")
		}
		fmt.Fprint(&sb, cur.Val)
	}
	return "[" + sb.String() + "]"
}

func reverse(h *Node) *Node {
	var prev *Node
	for h != nil {
		h.Next, prev, h = prev, h, h.Next
	}
	return prev
}

func mergeSorted(a, b *Node) *Node {
	dummy := &Node{}
	tail := dummy
	for a != nil && b != nil {
		if a.Val <= b.Val {
			tail.Next, a = a, a.Next
		} else {
			tail.Next, b = b, b.Next
		}
		tail = tail.Next
	}
	if a != nil {
		tail.Next = a
	} else {
		tail.Next = b
	}
	return dummy.Next
}

type Tree struct {
	Left, Right *Tree
	Key         string
	Count       int
}

func (t *Tree) Insert(k string) *Tree {
	if t == nil {
		return &Tree{Key: k, Count: 1}
	}
	switch {
	case k < t.Key:
		t.Left = t.Left.Insert(k)
	case k > t.Key:
		t.Right = t.Right.Insert(k)
	default:
		t.Count++
	}
	return t
}

func (t *Tree) Walk(visit func(*Tree)) {
	if t == nil {
		return
	}
	t.Left.Walk(visit)
	visit(t)
	t.Right.Walk(visit)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.Left.Height(), t.Right.Height())
}

func main() {
	l := fromSlice([]int{1, 3, 5, 7})
	fmt.Println(l)
	l = reverse(l)
	fmt.Println(l)
	m := mergeSorted(fromSlice([]int{1, 4, 9}), fromSlice([]int{2, 3, 10, 11}))
	fmt.Println(m)
	var empty *Node
	fmt.Println(empty, reverse(empty))
	fmt.Printf("%v %+v\n", *fromSlice([]int{42}), Node{Val: 1})
	var root *Tree
	for _, w := range strings.Fields("the quick brown fox jumps over the lazy dog the end") {
		root = root.Insert(w)
	}
	root.Walk(func(t *Tree) { fmt.Printf("%s:%d ", t.Key, t.Count) })
	fmt.Println()
	fmt.Println("height", root.Height())
	fmt.Printf("%+v\n", root.Left.Left.Key)
	var np *Tree
	fmt.Println(np.Height())
	fmt.Println(np.Key)
}
