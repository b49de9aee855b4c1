package main

import (
	"cmp"
	"fmt"
	"strings"
)

type BST[K cmp.Ordered, V any] struct {
	root *bnode[K, V]
	size int
}

type bnode[K cmp.Ordered, V any] struct {
	key         K
	val         V
	left, right *bnode[K, V]
}

func (t *BST[K, V]) Put(k K, v V) {
	t.root = t.put(t.root, k, v)
}

func (t *BST[K, V]) put(n *bnode[K, V], k K, v V) *bnode[K, V] {
	if n == nil {
		t.size++
		return &bnode[K, V]{key: k, val: v}
	}
	switch c := cmp.Compare(k, n.key); {
	case c < 0:
		n.left = t.put(n.left, k, v)
	case c > 0:
		n.right = t.put(n.right, k, v)
	default:
		n.val = v
	}
	return n
}

func (t *BST[K, V]) Delete(k K) bool {
	var found bool
	t.root, found = del(t.root, k)
	if found {
		t.size--
	}
	return found
}

func del[K cmp.Ordered, V any](n *bnode[K, V], k K) (*bnode[K, V], bool) {
	if n == nil {
		return nil, false
	}
	var found bool
	switch {
	case k < n.key:
		n.left, found = del(n.left, k)
	case k > n.key:
		n.right, found = del(n.right, k)
	default:
		if n.left == nil {
			return n.right, true
		}
		if n.right == nil {
			return n.left, true
		}
		m := n.right
		for m.left != nil {
			m = m.left
		}
		n.key, n.val = m.key, m.val
		n.right, _ = del(n.right, m.key)
		return n, true
	}
	return n, found
}

func (t *BST[K, V]) InOrder(visit func(K, V)) {
	var walk func(*bnode[K, V])
	walk = func(n *bnode[K, V]) {
		if n == nil {
			return
		}
		walk(n.left)
		visit(n.key, n.val)
		walk(n.right)
	}
	walk(t.root)
}

func (t *BST[K, V]) Height() int {
	var h func(*bnode[K, V]) int
	h = func(n *bnode[K, V]) int {
		if n == nil {
			return 0
		}
		return 1 + max(h(n.left), h(n.right))
	}
	return h(t.root)
}

func (t *BST[K, V]) String() string {
	var parts []string
	t.InOrder(func(k K, v V) { parts = append(parts, fmt.Sprintf("%v:%v", k, v)) })
	return fmt.Sprintf("BST(%d)[%s]", t.size, strings.Join(parts, " "))
}

func main() {
	t := &BST[int, string]{}
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		t.Put(k, fmt.Sprint("v", k))
	}
	fmt.Println(t, t.Height())
	for _, k := range []int{20, 30, 50, 99, 70} {
		fmt.Println("delete", k, t.Delete(k), t)
	}
	words := &BST[string, int]{}
	for i, w := range strings.Fields("the quick brown fox jumps over the lazy dog") {
		words.Put(w, i)
	}
	fmt.Println(words.size, words.Height())
	fmt.Println(words)
}
