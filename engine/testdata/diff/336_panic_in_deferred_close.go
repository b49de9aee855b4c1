package main

import (
	"fmt"
	"strings"
)

type Tx struct {
	ops    []string
	closed bool
}

func (t *Tx) Exec(op string) {
	if t.closed {
		panic("exec on closed transaction: " + op)
	}
	t.ops = append(t.ops, op)
}

func (t *Tx) Commit() {
	if len(t.ops) > 2 {
		panic(fmt.Sprintf("too many ops (%d)", len(t.ops)))
	}
	t.closed = true
	fmt.Println("committed:", strings.Join(t.ops, ";"))
}

func transfer(amounts []int) int {
	tx := &Tx{}
	defer tx.Commit()
	total := 0
	for _, a := range amounts {
		if a < 0 {
			return total
		}
		tx.Exec(fmt.Sprint("add ", a))
		total += a
	}
	return total
}

func main() {
	fmt.Println(transfer([]int{1, 2}))
	fmt.Println(transfer([]int{5, -1, 7}))
	fmt.Println(transfer([]int{1, 2, 3, 4}))
}
