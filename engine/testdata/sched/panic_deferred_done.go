// The panicking goroutine runs its deferred wg.Done before the program dies,
// so main may wake, print, and even return (exit 0) before the crash.
//
// expect: "processing orders\n" exit=2
// output: "processing orders\nnot reached\n" exit=2
// expect: "processing orders\nnot reached\n" exit=0
package main

import (
	"fmt"
	"sync"
)

type order struct {
	id    int
	items []string
}

func process(o order, wg *sync.WaitGroup) {
	defer wg.Done()
	first := o.items[0]
	fmt.Println("never printed for", first)
}

func main() {
	fmt.Println("processing orders")
	var wg sync.WaitGroup
	wg.Add(1)
	go process(order{id: 7}, &wg)
	wg.Wait()
	fmt.Println("not reached")
}
