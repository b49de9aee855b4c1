// runtime.Goexit ends a goroutine after running its deferred calls, like a
// return from the goroutine's function but from any depth; recover returns
// nil in those deferred calls. testing.T.FailNow works this way.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

type checker struct {
	name   string
	failed bool
	log    []string
}

func (c *checker) fatalf(format string, args ...any) {
	c.log = append(c.log, fmt.Sprintf(format, args...))
	c.failed = true
	runtime.Goexit()
}

func check(c *checker, values []int) {
	for i, v := range values {
		if v < 0 {
			c.fatalf("%s: value %d is negative: %d", c.name, i, v)
		}
	}
	c.log = append(c.log, c.name+": all good")
}

func main() {
	inputs := map[string][]int{"alpha": {1, 2, 3}, "beta": {4, -5, 6}, "gamma": {7}}
	for _, name := range []string{"alpha", "beta", "gamma"} {
		c := &checker{name: name}
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				c.log = append(c.log, fmt.Sprintf("%s: deferred ran, recover() = %v", name, recover()))
			}()
			check(c, inputs[name])
			c.log = append(c.log, name+": after check")
		}()
		wg.Wait()
		fmt.Println(c.failed, c.log)
	}
	time.Sleep(100 * time.Millisecond) // let the goroutines finish exiting
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
