// Unsigned atomics above MaxInt64 print as unsigned numbers.
package main

import (
	"fmt"
	"math"
	"sync"
	"sync/atomic"
)

func main() {
	var u atomic.Uint64
	u.Store(math.MaxUint64 - 5)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			u.Add(1)
		}()
	}
	wg.Wait()
	fmt.Println(u.Load(), u.Load() > math.MaxInt64)
	var raw uint64 = 1 << 63
	fmt.Println(atomic.AddUint64(&raw, 7), atomic.LoadUint64(&raw))
	var p atomic.Uintptr
	p.Store(^uintptr(0))
	fmt.Println(p.Load(), p.Add(2))
	var w atomic.Uint32
	w.Store(math.MaxUint32)
	fmt.Println(w.Add(1), w.Load())
	fmt.Println(atomic.AddUint32(new(uint32), ^uint32(0)))
	fmt.Printf("%d %v %x\n", u.Load(), raw, p.Swap(1<<63))
	var r atomic.Uint64
	fmt.Println(r.CompareAndSwap(0, 1<<64-1), r.Load(), r.Swap(3))
}
