package main

import (
	"fmt"
	"log"
	"sort"
	"strings"
)

type inventory map[string]int

func (inv inventory) remove(item string, n int) error {
	if inv[item] < n {
		return fmt.Errorf("only %d %s left", inv[item], item)
	}
	inv[item] -= n
	return nil
}

func main() {
	inv := inventory{"apple": 5, "pear": 3, "plum": 9}
	for _, step := range []struct {
		item string
		n    int
	}{{"apple", 2}, {"plum", 9}, {"pear", 1}} {
		if err := inv.remove(step.item, step.n); err != nil {
			log.Fatalf("remove %s: %v", step.item, err)
		}
	}
	keys := make([]string, 0, len(inv))
	for k := range inv {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s=%d ", k, inv[k])
	}
	fmt.Println(strings.TrimSpace(b.String()))
}
