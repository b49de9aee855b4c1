// Two transfers lock their accounts in argument order: A->B takes a then b,
// B->A takes b then a. A barrier makes both hold their first lock before
// asking for the second, so every schedule deadlocks (AB-BA lock order).
package main

import (
	"fmt"
	"sync"
)

type account struct {
	mu      sync.Mutex
	name    string
	balance int
}

func transfer(from, to *account, amount int, barrier *sync.WaitGroup) {
	from.mu.Lock()
	defer from.mu.Unlock()
	barrier.Done()
	barrier.Wait()
	to.mu.Lock()
	defer to.mu.Unlock()
	from.balance -= amount
	to.balance += amount
}

func main() {
	a := &account{name: "alice", balance: 100}
	b := &account{name: "bob", balance: 50}
	var barrier, wg sync.WaitGroup
	barrier.Add(2)
	wg.Add(2)
	go func() {
		defer wg.Done()
		transfer(a, b, 30, &barrier)
	}()
	go func() {
		defer wg.Done()
		transfer(b, a, 10, &barrier)
	}()
	fmt.Println("transfers started")
	wg.Wait()
	fmt.Println(a.balance, b.balance)
}
