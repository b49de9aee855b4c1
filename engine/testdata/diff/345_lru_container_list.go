package main

import (
	"container/list"
	"fmt"
	"strings"
)

type entry struct {
	key   string
	value int
}

type LRU struct {
	cap   int
	ll    *list.List
	items map[string]*list.Element
	hits  int
	miss  int
}

func NewLRU(n int) *LRU {
	return &LRU{cap: n, ll: list.New(), items: make(map[string]*list.Element)}
}

func (c *LRU) Get(k string) (int, bool) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		c.hits++
		return e.Value.(*entry).value, true
	}
	c.miss++
	return 0, false
}

func (c *LRU) Put(k string, v int) (evicted string) {
	if e, ok := c.items[k]; ok {
		e.Value.(*entry).value = v
		c.ll.MoveToFront(e)
		return ""
	}
	c.items[k] = c.ll.PushFront(&entry{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		ent := last.Value.(*entry)
		delete(c.items, ent.key)
		return ent.key
	}
	return ""
}

func (c *LRU) String() string {
	var parts []string
	for e := c.ll.Front(); e != nil; e = e.Next() {
		en := e.Value.(*entry)
		parts = append(parts, fmt.Sprintf("%s:%d", en.key, en.value))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	c := NewLRU(3)
	for i, k := range []string{"a", "b", "c", "a", "d", "b", "e", "a"} {
		if _, ok := c.Get(k); !ok {
			if ev := c.Put(k, i); ev != "" {
				fmt.Printf("put %s evicts %s\n", k, ev)
			}
		}
		fmt.Println(k, c)
	}
	fmt.Printf("hits=%d miss=%d len=%d\n", c.hits, c.miss, c.ll.Len())
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	l.MoveToBack(e1)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len(), l.Front().Value, l.Back().Prev().Value)
}
