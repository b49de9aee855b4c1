// The typed atomics: Int32, Uint64, Bool, Value and Pointer, each shared
// by several goroutines.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type settings struct {
	level string
	limit int
}

func main() {
	var (
		small   atomic.Int32
		big     atomic.Uint64
		flag    atomic.Bool
		current atomic.Value
		ptr     atomic.Pointer[settings]
	)
	current.Store("v0")
	ptr.Store(&settings{"low", 1})
	var wg sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg.Go(func() {
			small.Add(int32(i))
			big.Add(uint64(i) << 32)
			if i == 7 {
				flag.Store(true)
			}
		})
	}
	wg.Wait()
	fmt.Println("int32:", small.Load())
	fmt.Println("uint64:", big.Load(), big.Load()>>32)
	fmt.Println("bool:", flag.Load(), "swap:", flag.Swap(false), flag.Load())

	done := make(chan bool)
	go func() {
		old := current.Swap("v1")
		done <- current.CompareAndSwap("v1", "v2") && old == "v0"
	}()
	fmt.Println("value swaps ok:", <-done, current.Load())

	go func() {
		old := ptr.Load()
		next := &settings{"high", old.limit * 10}
		done <- ptr.CompareAndSwap(old, next)
	}()
	fmt.Println("pointer cas:", <-done, *ptr.Load())
	var u atomic.Uint32
	u.Add(^uint32(0))
	fmt.Println("uint32 decrement wraps:", u.Load())
}
