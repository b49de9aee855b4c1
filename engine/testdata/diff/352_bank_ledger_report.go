package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign = "-"
		c = -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type TxKind int

const (
	Deposit TxKind = iota + 1
	Withdrawal
	Transfer
)

func (k TxKind) String() string {
	switch k {
	case Deposit:
		return "DEP"
	case Withdrawal:
		return "WDR"
	case Transfer:
		return "XFR"
	}
	return fmt.Sprintf("TxKind(%d)", int(k))
}

type Tx struct {
	Kind   TxKind
	From   string
	To     string
	Amount Cents
}

var ErrInsufficient = errors.New("insufficient funds")
var ErrUnknownAccount = errors.New("unknown account")

type Bank struct {
	balances map[string]Cents
	history  []Tx
}

func (b *Bank) apply(tx Tx) error {
	get := func(name string) (Cents, error) {
		bal, ok := b.balances[name]
		if !ok {
			return 0, fmt.Errorf("%w %q", ErrUnknownAccount, name)
		}
		return bal, nil
	}
	switch tx.Kind {
	case Deposit:
		if _, err := get(tx.To); err != nil {
			return err
		}
		b.balances[tx.To] += tx.Amount
	case Withdrawal, Transfer:
		bal, err := get(tx.From)
		if err != nil {
			return err
		}
		if bal < tx.Amount {
			return fmt.Errorf("%v %v from %s: %w (balance %v)", tx.Kind, tx.Amount, tx.From, ErrInsufficient, bal)
		}
		if tx.Kind == Transfer {
			if _, err := get(tx.To); err != nil {
				return fmt.Errorf("transfer: %w", err)
			}
			b.balances[tx.To] += tx.Amount
		}
		b.balances[tx.From] -= tx.Amount
	default:
		return fmt.Errorf("bad kind %v", tx.Kind)
	}
	b.history = append(b.history, tx)
	return nil
}

func main() {
	b := &Bank{balances: map[string]Cents{"alice": 10000, "bob": 2550, "carol": 0}}
	txs := []Tx{
		{Deposit, "", "carol", 1999},
		{Withdrawal, "bob", "", 3000},
		{Transfer, "alice", "bob", 4525},
		{Transfer, "bob", "dave", 100},
		{Withdrawal, "erin", "", 1},
		{TxKind(9), "", "", 0},
		{Transfer, "carol", "alice", 1999},
	}
	failed := 0
	for i, tx := range txs {
		if err := b.apply(tx); err != nil {
			failed++
			fmt.Printf("tx %d failed: %v [insufficient=%t unknown=%t]\n", i, err, errors.Is(err, ErrInsufficient), errors.Is(err, ErrUnknownAccount))
		}
	}
	names := make([]string, 0, len(b.balances))
	for n := range b.balances {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool { return b.balances[names[i]] > b.balances[names[j]] })
	fmt.Println(strings.Repeat("-", 24))
	var total Cents
	for _, n := range names {
		fmt.Printf("%-8s %15v\n", n, b.balances[n])
		total += b.balances[n]
	}
	fmt.Printf("%-8s %15v\n%d ok, %d failed\n", "TOTAL", total, len(b.history), failed)
	fmt.Println(b.history[0], Cents(-5), Cents(-1234))
	fmt.Printf("%+v\n", b.history[len(b.history)-1])
}
