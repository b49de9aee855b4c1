package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	V           int
}

func depth(t *Tree) int {
	if t == nil {
		return 0
	}
	return 1 + max(depth(t.Left), depth(t.Right))
}

func count(n int) int {
	if n == 0 {
		return 0
	}
	return 1 + count(n-1)
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func sumList(l *Tree) int {
	if l == nil {
		return 0
	}
	return l.V + sumList(l.Left)
}

func main() {
	var t *Tree
	for i := 0; i < 1000; i++ {
		t = &Tree{Left: t, V: i}
	}
	fmt.Println(depth(t), count(100000), ackermann(2, 3))
	var long *Tree
	for i := 0; i < 300000; i++ {
		long = &Tree{Left: long, V: i % 7}
	}
	fmt.Println(sumList(long), depth(long), count(700000))
}
