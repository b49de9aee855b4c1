package main

import (
	"errors"
	"fmt"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	ID      int
	Owner   string
	balance int64 // cents
	history []string
}

func (a *Account) Deposit(c int64) {
	a.balance += c
	a.history = append(a.history, fmt.Sprintf("+%d", c))
}

func (a *Account) Withdraw(c int64) error {
	if c > a.balance {
		return fmt.Errorf("account %d: withdraw %d: %w", a.ID, c, ErrInsufficient)
	}
	a.balance -= c
	a.history = append(a.history, fmt.Sprintf("-%d", c))
	return nil
}

func (a Account) Balance() string { return fmt.Sprintf("$%d.%02d", a.balance/100, a.balance%100) }

func Transfer(from, to *Account, c int64) error {
	if err := from.Withdraw(c); err != nil {
		return fmt.Errorf("transfer failed: %w", err)
	}
	to.Deposit(c)
	return nil
}

func main() {
	alice := &Account{ID: 1, Owner: "Alice"}
	bob := Account{ID: 2, Owner: "Bob"}
	alice.Deposit(10050)
	bob.Deposit(500)
	fmt.Println(alice.Balance(), bob.Balance())
	if err := Transfer(alice, &bob, 2575); err != nil {
		fmt.Println(err)
	}
	err := Transfer(&bob, alice, 100000)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrInsufficient), errors.Unwrap(err) != nil)
	fmt.Println(alice.Balance(), bob.Balance(), alice.history, bob.history)
	copyOfBob := bob
	copyOfBob.Deposit(1)
	fmt.Println(bob.Balance(), copyOfBob.Balance())
	fmt.Printf("%v\n%+v\n", bob, *alice)
}
