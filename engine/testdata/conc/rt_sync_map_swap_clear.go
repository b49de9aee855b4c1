// sync.Map's newer methods under concurrency: Swap, CompareAndSwap,
// CompareAndDelete, LoadAndDelete and Clear.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m.LoadOrStore(i%3, 0)
			for {
				v, _ := m.Load(i % 3)
				if m.CompareAndSwap(i%3, v, v.(int)+1) {
					return
				}
			}
		}()
	}
	wg.Wait()
	for k := range 3 {
		v, _ := m.Load(k)
		fmt.Println("key", k, "=", v)
	}
	prev, loaded := m.Swap(0, 100)
	fmt.Println("swap:", prev, loaded)
	prev, loaded = m.Swap("new", 1)
	fmt.Println("swap new key:", prev, loaded)
	fmt.Println("CAD wrong old:", m.CompareAndDelete(1, 99), "right old:", m.CompareAndDelete(1, 3))
	v, loaded := m.LoadAndDelete(2)
	fmt.Println("load and delete:", v, loaded)
	v, loaded = m.LoadAndDelete(2)
	fmt.Println("again:", v, loaded)
	n := 0
	m.Range(func(k, v any) bool { n++; return true })
	fmt.Println("entries:", n)
	m.Clear()
	_, ok := m.Load(0)
	fmt.Println("after clear:", ok)
	act, loaded := m.LoadOrStore("k", "v")
	fmt.Println("load or store:", act, loaded)
}
