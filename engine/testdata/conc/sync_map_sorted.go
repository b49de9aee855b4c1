// sync.Map filled concurrently; Range order is unspecified, so the keys are
// sorted before printing.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := 1; i <= 8; i++ {
		wg.Go(func() {
			m.Store(fmt.Sprintf("k%02d", i), i*i)
		})
	}
	wg.Wait()
	v, ok := m.Load("k03")
	fmt.Println("load k03:", v, ok)
	actual, loaded := m.LoadOrStore("k03", -1)
	fmt.Println("LoadOrStore existing:", actual, loaded)
	actual, loaded = m.LoadOrStore("k99", 99)
	fmt.Println("LoadOrStore new:", actual, loaded)
	old, loaded := m.LoadAndDelete("k01")
	fmt.Println("LoadAndDelete:", old, loaded)
	m.Delete("k02")
	prev, swapped := m.Swap("k04", 400)
	fmt.Println("Swap:", prev, swapped)
	fmt.Println("CompareAndSwap:", m.CompareAndSwap("k05", 25, 250), m.CompareAndSwap("k05", 25, 0))
	fmt.Println("CompareAndDelete:", m.CompareAndDelete("k06", 36))

	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprintf("%v=%v", k, v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
}
