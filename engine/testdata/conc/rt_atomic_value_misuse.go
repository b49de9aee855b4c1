// atomic.Value holds values of one concrete type: storing a value of
// another type panics, and so does storing nil.
package main

import (
	"fmt"
	"sync/atomic"
)

type settings struct{ theme string }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
	fmt.Printf("%s: ok\n", name)
}

func main() {
	var v atomic.Value
	fmt.Println("empty:", v.Load())
	try("store settings", func() { v.Store(settings{"dark"}) })
	try("store another settings", func() { v.Store(settings{"light"}) })
	try("store a string", func() { v.Store("oops") })
	try("store nil", func() { v.Store(nil) })
	fmt.Println("loaded:", v.Load().(settings).theme)
	fmt.Println("cas:", v.CompareAndSwap(settings{"light"}, settings{"blue"}), v.Load())
	fmt.Println("swap:", v.Swap(settings{"red"}), v.Load())
	var counter atomic.Value
	counter.Store(1)
	try("cas mixed types", func() { counter.CompareAndSwap(1, int64(2)) })
	try("cas other stored type", func() { counter.CompareAndSwap(int64(1), int64(2)) })
	try("cas nil new", func() { counter.CompareAndSwap(1, nil) })
	fmt.Println(counter.Load())
}
