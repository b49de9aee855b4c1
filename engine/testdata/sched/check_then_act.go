// Each step is locked, but the check and the act are separate critical
// sections: two withdrawals of 80 from 100 may both pass the check.
//
// output: "approved 1, balance 20\n"
// output: "approved 2, balance -60\n"
// expect-all
package main

import (
	"fmt"
	"sync"
)

type account struct {
	mu      sync.Mutex
	balance int
}

func (a *account) canWithdraw(n int) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance >= n
}

func (a *account) withdraw(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance -= n
}

func main() {
	acct := &account{balance: 100}
	var wg sync.WaitGroup
	var mu sync.Mutex
	approved := 0
	for i := 0; i < 2; i++ {
		wg.Go(func() {
			if acct.canWithdraw(80) {
				acct.withdraw(80)
				mu.Lock()
				approved++
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	fmt.Printf("approved %d, balance %d\n", approved, acct.balance)
}
