// An early return unlocks by hand although Unlock is also deferred: the
// second Unlock is a fatal error that recover cannot catch.
package main

import (
	"errors"
	"fmt"
	"sync"
)

type inventory struct {
	mu    sync.Mutex
	stock map[string]int
}

func (inv *inventory) reserve(item string, n int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	inv.mu.Lock()
	defer inv.mu.Unlock()
	if inv.stock[item] < n {
		inv.mu.Unlock() // BUG: the deferred Unlock runs too
		return errors.New("out of stock: " + item)
	}
	inv.stock[item] -= n
	return nil
}

func main() {
	inv := &inventory{stock: map[string]int{"apple": 3}}
	fmt.Println(inv.reserve("apple", 2))
	fmt.Println(inv.reserve("apple", 2))
	fmt.Println("unreachable")
}
