// sync.Map as a session store: LoadOrStore, CompareAndSwap,
// CompareAndDelete, Swap, LoadAndDelete, Range (sorted before printing)
// and Clear, with goroutines racing to register the same keys.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var sessions sync.Map
	var wg sync.WaitGroup
	var mu sync.Mutex
	winners := map[string]int{}
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, user := range []string{"ann", "bob", "cat"} {
				_, loaded := sessions.LoadOrStore(user, 0)
				if !loaded {
					mu.Lock()
					winners[user]++
					mu.Unlock()
				}
				for {
					old, _ := sessions.Load(user)
					if sessions.CompareAndSwap(user, old, old.(int)+1) {
						break
					}
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("one winner per key:", winners)
	print := func() {
		var keys []string
		sessions.Range(func(k, v any) bool {
			keys = append(keys, fmt.Sprintf("%v=%v", k, v))
			return true
		})
		sort.Strings(keys)
		fmt.Println(keys)
	}
	print()
	prev, loaded := sessions.Swap("ann", 100)
	fmt.Println("swap:", prev, loaded)
	fmt.Println("cas wrong old:", sessions.CompareAndSwap("bob", 3, 5))
	fmt.Println("cad:", sessions.CompareAndDelete("cat", 4))
	v, ok := sessions.LoadAndDelete("bob")
	fmt.Println("load and delete:", v, ok)
	v, ok = sessions.LoadAndDelete("bob")
	fmt.Println("again:", v, ok)
	print()
	sessions.Clear()
	print()
}
