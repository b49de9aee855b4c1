package main

import (
	"fmt"
	"log"
)

type account struct {
	id      int
	balance int
}

func (a *account) withdraw(n int) {
	if n > a.balance {
		log.Panicf("account %d: cannot withdraw %d, balance %d", a.id, n, a.balance)
	}
	a.balance -= n
}

func main() {
	log.SetFlags(log.Lshortfile)
	defer fmt.Println("deferred calls run before the program dies")
	a := &account{id: 7, balance: 100}
	a.withdraw(30)
	fmt.Println("balance", a.balance)
	a.withdraw(500)
	fmt.Println("unreachable")
}
