package main

import (
	"fmt"
	"strings"
)

type Counter struct {
	Count int
	items []int
}

func (c *Counter) Inc()      { c.Count++ }
func (c Counter) Total() int { return c.Count }

type Pair struct {
	A []int
}

func main() {
	m := map[string]Counter{"a": {}}
	m["a"].Inc()
	c := Counter{}
	fmt.Println(c.count, c.total(), c.Items)
	a, b := Pair{}, Pair{}
	fmt.Println(a == b)
	x := 5
	_ = x.(int)
	mm := map[string]int{}
	mm = append(mm, 1)
	arr := [3]int{}
	_ = arr[3]
	var n int = nil
	_ = int()
	fmt.Println(strings.Contain("a", "b"), n)
}
