// A panic in a goroutine other than main ends the whole program. (Done is
// deliberately not deferred: a deferred Done would run during the panic and
// could let main print before the program dies.)
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
	first := o.items[0] // panics: the order has no items
	fmt.Println("never printed for", first)
	wg.Done()
}

func main() {
	fmt.Println("processing orders")
	var wg sync.WaitGroup
	wg.Add(1)
	go process(order{id: 7}, &wg)
	wg.Wait()
	fmt.Println("not reached")
}
