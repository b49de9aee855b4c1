// fresh.go: stores no other goroutine can see.

package interp

import (
	"golang.org/x/tools/go/ssa"
)

// freshStores returns the stores of fn that write into memory allocated
// earlier in the same block that nothing has made reachable from anywhere
// else yet: a composite literal being filled in (&T{a, b}, []int{1, 2}),
// the argument array of a variadic call (fmt.Println(a, b)). No other
// goroutine can see such a store, so it is not a visible operation: no
// choice point, no trace event.
//
// One pass per block: from an allocation on, the new memory (or an address
// inside it, taken by FieldAddr or by IndexAddr of an array pointer) may
// only be indexed into or stored into; any other use publishes it.
func freshStores(fn *ssa.Function) map[*ssa.Store]bool {
	fresh := make(map[*ssa.Store]bool)
	root := make(map[ssa.Value]*ssa.Alloc) // an address into unpublished memory -> its allocation
	published := make(map[*ssa.Alloc]bool)
	publish := func(v ssa.Value) {
		if a := root[v]; a != nil {
			published[a] = true
		}
	}
	var ops []*ssa.Value
	for _, b := range fn.Blocks {
		clear(root)
		for _, in := range b.Instrs {
			switch in := in.(type) {
			case *ssa.Alloc:
				root[in] = in
				continue
			case *ssa.FieldAddr:
				if a := root[in.X]; a != nil && !published[a] {
					root[in] = a
				}
				continue
			case *ssa.IndexAddr:
				publish(in.Index)
				if a := root[in.X]; a != nil && !published[a] {
					root[in] = a // X is an array pointer: a slice is never in root
				}
				continue
			case *ssa.Store:
				if a := root[in.Addr]; a != nil && !published[a] {
					fresh[in] = true
				}
				publish(in.Val) // the address itself is stored somewhere
				continue
			}
			ops = in.Operands(ops[:0])
			for _, op := range ops {
				if op != nil {
					publish(*op)
				}
			}
		}
	}
	return fresh
}
