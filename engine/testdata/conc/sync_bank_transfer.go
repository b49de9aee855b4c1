// Concurrent transfers between accounts; locks are always taken in account
// id order, so there is no deadlock, and money is conserved.
package main

import (
	"fmt"
	"sync"
)

type account struct {
	id      int
	mu      sync.Mutex
	balance int
}

func transfer(from, to *account, amount int) {
	first, second := from, to
	if second.id < first.id {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	from.balance -= amount
	to.balance += amount
}

func main() {
	accts := make([]*account, 4)
	for i := range accts {
		accts[i] = &account{id: i, balance: 1000}
	}
	var wg sync.WaitGroup
	for i := 0; i < 40; i++ {
		from, to := accts[i%4], accts[(i*3+1)%4]
		if from == to {
			continue
		}
		wg.Go(func() { transfer(from, to, 10+i) })
	}
	wg.Wait()
	total := 0
	for _, a := range accts {
		fmt.Printf("account %d: %d\n", a.id, a.balance)
		total += a.balance
	}
	fmt.Println("total:", total)
}
