// Two goroutines sleep for exactly the same time: nothing orders their
// wake-ups, so their lines may come out in either order.
//
// output: "tortoise\nhare\n"
// output: "hare\ntortoise\n"
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	for _, name := range []string{"tortoise", "hare"} {
		wg.Go(func() {
			time.Sleep(100 * time.Millisecond)
			fmt.Println(name)
		})
	}
	wg.Wait()
}
