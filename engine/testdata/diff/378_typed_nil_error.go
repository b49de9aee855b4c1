package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ Msg string }

func (e *MyErr) Error() string { return "myerr: " + e.Msg }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p // typed nil when !fail: a classic gotcha
}

func fixed(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

type Counter struct{ n int }

func (c Counter) IncValue()    { c.n++ }
func (c *Counter) IncPointer() { c.n++ }

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err != nil)
	fmt.Printf("%T %v\n", err, err)
	var target *MyErr
	fmt.Println(errors.As(err, &target), target == nil)
	fmt.Println(fixed(false) == nil, fixed(true))
	c := Counter{}
	c.IncValue()
	c.IncPointer()
	fmt.Println(c.n)
	items := []Counter{{1}, {2}, {3}}
	for _, it := range items {
		it.IncPointer()
	}
	fmt.Println(items)
	for i := range items {
		items[i].IncPointer()
	}
	fmt.Println(items)
	m := map[string][]int{}
	m["a"] = append(m["a"], 1)
	m["a"] = append(m["a"], 2)
	m["b"] = append(m["b"], 3)
	fmt.Println(m, len(m["zzz"]))
	var iface any = (*int)(nil)
	fmt.Println(iface == nil, iface)
	var e2 error = (*MyErr)(nil)
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(e2.Error())
}
