package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Inc() { c.n++ }

func main() {
	c := Counter{}
	c.Inc()
	c.inc()
	fmt.Println(c.n, c.count)
	var f func(int) int = func(s string) int { return len(s) }
	_ = f
	m := map[[]int]string{}
	_ = m
	var iface interface{ M() } = c
	_ = iface
}
