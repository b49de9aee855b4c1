package main

import (
	"fmt"
	"os"
)

type ValidationError struct {
	Field string
	Code  int
}

type Account struct {
	ID      int
	Balance float64
}

func withdraw(a *Account, amt float64) {
	if amt > a.Balance {
		panic(ValidationError{Field: "amount", Code: 42})
	}
	a.Balance -= amt
}

func safe(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	f()
	return nil
}

func main() {
	a := &Account{ID: 1, Balance: 100}
	fmt.Println(safe(func() { withdraw(a, 30) }))
	fmt.Println(safe(func() { withdraw(a, 300) }))
	fmt.Printf("%+v\n", *a)
	defer fmt.Println("deferred in main runs")
	fmt.Fprintln(os.Stderr, "about to fail")
	withdraw(a, 1000)
}
