package main

import (
	"fmt"
	"os"
)

var table = buildTable()

func buildTable() map[string]int {
	return map[string]int{"a": 1, "b": 2}
}

func init() {
	fmt.Println("init 1, table size", len(table))
}

func init() {
	fmt.Println("init 2")
}

type Resource struct{ name string }

func (r *Resource) Close() {
	fmt.Println("closing", r.name)
	if r.name == "db" {
		var conns []int
		_ = conns[len(r.name)]
	}
}

func open(name string) *Resource {
	fmt.Fprintln(os.Stderr, "open", name)
	return &Resource{name}
}

func main() {
	db := open("db")
	defer db.Close()
	f := open("file")
	defer f.Close()
	fmt.Println("working")
}
