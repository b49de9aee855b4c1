// fresh.go: stores no other goroutine can see.

package interp

import (
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// fresh reports whether st writes into memory allocated earlier in the
// same block that nothing has made reachable from anywhere else yet: a
// composite literal being filled in (&T{a, b}, []int{1, 2}), the argument
// array of a variadic call (fmt.Println(a, b)). No other goroutine can see
// such a store, so it is not a visible operation: no choice point, no
// trace event.
func fresh(st *ssa.Store) bool {
	root := st.Addr
	for {
		switch a := root.(type) {
		case *ssa.FieldAddr:
			root = a.X
			continue
		case *ssa.IndexAddr:
			if _, ok := a.X.Type().Underlying().(*types.Pointer); !ok {
				return false // an element of a slice: its array may be anyone's
			}
			root = a.X
			continue
		}
		break
	}
	alloc, ok := root.(*ssa.Alloc)
	if !ok || alloc.Block() != st.Block() {
		return false
	}
	// From the allocation to the store, the new memory (or an address
	// inside it) may only be indexed into or stored into.
	derived := map[ssa.Value]bool{alloc: true}
	instrs := st.Block().Instrs
	start := -1
	for i, in := range instrs {
		if in == alloc {
			start = i
			break
		}
	}
	if start < 0 {
		return false
	}
	var ops []*ssa.Value
	for _, in := range instrs[start+1:] {
		if in == st {
			return true
		}
		switch in := in.(type) {
		case *ssa.FieldAddr:
			if derived[in.X] {
				derived[in] = true
			}
			continue
		case *ssa.IndexAddr:
			if derived[in.X] {
				derived[in] = true
			}
			if derived[in.Index] {
				return false
			}
			continue
		case *ssa.Store:
			if derived[in.Val] {
				return false // the address itself is stored somewhere
			}
			continue
		}
		ops = in.Operands(ops[:0])
		for _, op := range ops {
			if op != nil && derived[*op] {
				return false
			}
		}
	}
	return false
}
