// An iter.Pull iterator panics while main pulls from it: the panic comes
// out of next, in main, and nobody recovers it.
package main

import (
	"fmt"
	"iter"
)

type ring struct{ items []string }

func (r *ring) cycle(n int) iter.Seq[string] {
	return func(yield func(string) bool) {
		for i := range n {
			if !yield(r.items[i%len(r.items)]) {
				return
			}
		}
	}
}

func main() {
	r := &ring{items: []string{"a", "b"}}
	next, stop := iter.Pull(r.cycle(3))
	defer stop()
	for {
		s, ok := next()
		if !ok {
			break
		}
		fmt.Print(s, " ")
	}
	fmt.Println()
	r.items = nil
	next, stop = iter.Pull(r.cycle(1))
	defer stop()
	fmt.Println(next())
}
