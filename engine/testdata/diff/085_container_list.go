package main

import (
	"container/list"
	"fmt"
)

// An LRU cache built on container/list, as in many Go codebases.
type LRU struct {
	cap   int
	ll    *list.List
	items map[string]*list.Element
}

type entry struct {
	key string
	val int
}

func NewLRU(n int) *LRU { return &LRU{n, list.New(), map[string]*list.Element{}} }

func (c *LRU) Get(k string) (int, bool) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*entry).val, true
	}
	return 0, false
}

func (c *LRU) Put(k string, v int) {
	if e, ok := c.items[k]; ok {
		e.Value.(*entry).val = v
		c.ll.MoveToFront(e)
		return
	}
	c.items[k] = c.ll.PushFront(&entry{k, v})
	if c.ll.Len() > c.cap {
		old := c.ll.Back()
		c.ll.Remove(old)
		delete(c.items, old.Value.(*entry).key)
		fmt.Println("evict", old.Value.(*entry).key)
	}
}

func (c *LRU) Keys() []string {
	var ks []string
	for e := c.ll.Front(); e != nil; e = e.Next() {
		ks = append(ks, e.Value.(*entry).key)
	}
	return ks
}

func main() {
	c := NewLRU(3)
	for i, k := range []string{"a", "b", "c", "a", "d", "b", "e"} {
		c.Put(k, i)
	}
	fmt.Println(c.Keys())
	fmt.Println(c.Get("a"))
	fmt.Println(c.Get("b"))
	fmt.Println(c.Keys())
	l := list.New()
	l.PushBack(1)
	l.PushFront(0)
	l.InsertAfter(5, l.Front())
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
}
