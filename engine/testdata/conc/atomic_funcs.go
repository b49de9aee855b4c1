// The function forms of sync/atomic on plain integers: AddInt64,
// LoadInt64, StoreInt32, SwapInt64, CompareAndSwapInt32.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var total int64
	var winner int32 = -1
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(id int32) {
			defer wg.Done()
			atomic.AddInt64(&total, int64(id)*100)
			atomic.CompareAndSwapInt32(&winner, -1, id)
		}(int32(i))
	}
	wg.Wait()
	w := atomic.LoadInt32(&winner)
	fmt.Println("total:", atomic.LoadInt64(&total))
	fmt.Println("exactly one winner:", w >= 0 && w < 8)
	fmt.Println("second CAS fails:", atomic.CompareAndSwapInt32(&winner, -1, 99))
	atomic.StoreInt32(&winner, 0)
	fmt.Println("stored:", atomic.LoadInt32(&winner))
	old := atomic.SwapInt64(&total, 1)
	fmt.Println("swapped out:", old, "now:", atomic.LoadInt64(&total))
	var u uint32 = 10
	atomic.AddUint32(&u, ^uint32(2)) // subtract 3
	fmt.Println("uint32 after subtracting 3:", atomic.LoadUint32(&u))
}
