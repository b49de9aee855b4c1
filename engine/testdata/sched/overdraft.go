// Two withdrawals check the balance and then withdraw, each step under the
// lock but not both together: both checks can pass before either withdraws,
// and the account goes negative.
//
// expect: "approved: 1\nbalance: 30\n"
// expect: "approved: 2\nbalance: -40\n"
package main

import (
	"fmt"
	"sync"
)

type account struct {
	mu      sync.Mutex
	balance int
}

func (a *account) available() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
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
		wg.Add(1)
		go func() {
			defer wg.Done()
			if acct.available() >= 70 {
				acct.withdraw(70)
				mu.Lock()
				approved++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("approved:", approved)
	fmt.Println("balance:", acct.available())
}
