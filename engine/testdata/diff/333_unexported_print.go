package main

import (
	"fmt"
	"strings"
)

type secret struct {
	user     string
	password string
	attempts int
}

type Account struct {
	ID      int
	Owner   *person
	tags    []string
	meta    map[string]any
	private secret
	Next    *Account
}

type person struct {
	Name string
	age  int
}

func (p person) String() string { return "Person(" + p.Name + ")" }

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type Ledger struct {
	Entries []Money
	Total   Money
	note    *string
}

func main() {
	note := "ok"
	acc := Account{
		ID:      7,
		Owner:   &person{"Ann", 31},
		tags:    []string{"vip", "new"},
		meta:    map[string]any{"score": 9.5, "active": true, "ref": nil},
		private: secret{"ann", "hunter2", 3},
	}
	acc.Next = &Account{ID: 8}
	fmt.Printf("%v\n", acc.private)
	fmt.Printf("%+v\n", acc.private)
	fmt.Printf("%v\n", acc.meta)
	fmt.Printf("%v %+v\n", acc.Owner, *acc.Owner)
	fmt.Printf("%v\n", acc.Next.tags == nil)
	l := Ledger{Entries: []Money{150, 99, 10000}, Total: 10249, note: &note}
	fmt.Printf("%v\n", l.Entries)
	fmt.Printf("%+v\n", l.Total)
	fmt.Printf("%#v\n", l.Entries)
	fmt.Println(l.Total, []Money{1, 2}, map[string]Money{"x": 5})
	fmt.Printf("%d %s %v\n", l.Total, l.Total, &l.Total)
	fmt.Printf("%#v\n", person{"Bob", 40})
	fmt.Printf("%#v\n", secret{"u", "p", 1})
	fmt.Printf("%v %+v\n", []*person{}, []person{{"C", 1}})
	var np *person
	fmt.Printf("%v %+v %s\n", np, np, []any{nil, 1, "a"})
	fmt.Println(strings.Repeat("=", 10))
	type wrapper struct {
		p  person
		pp *person
	}
	fmt.Printf("%v %+v\n", wrapper{person{"D", 2}, nil}, wrapper{p: person{"E", 3}})
	fmt.Printf("%s|%10s|%-10v|\n", person{"F", 4}, person{"G", 5}, Money(123))
	fmt.Printf("%v\n", struct {
		A any
		B error
		C fmt.Stringer
	}{A: Money(5), C: person{"H", 0}})
}
