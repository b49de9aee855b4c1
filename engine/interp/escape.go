// escape.go: which appends get the compiler's stack buffer.

package interp

import (
	"golang.org/x/tools/go/ssa"
)

// stackBufferSize is gc's limit for stack-allocated backing stores
// (-d=variablemakethreshold).
const stackBufferSize = 32

// localSlices finds the appends of fn whose slice never escapes. Since Go
// 1.25, gc gives such a slice a 32-byte stack buffer at its first append
// from empty, so cap(s) shows 32/size elements at once (4 for []int) where
// a heap slice grows 1, 2, 4. Escape analysis decides it, so this is an
// approximation of gc's: the slice, through every append and reslice of it,
// is only indexed, measured, ranged over or copied from. The result maps
// each such append to the first append of its slice (gc uses the buffer at
// one site per slice).
func localSlices(fn *ssa.Function) map[*ssa.Call]*ssa.Call {
	var out map[*ssa.Call]*ssa.Call
	done := make(map[ssa.Value]bool)
	for _, b := range fn.Blocks {
		for _, in := range b.Instrs {
			call, ok := in.(*ssa.Call)
			if !ok || !isAppend(call) || done[call] {
				continue
			}
			comp := sliceComponent(call)
			var first *ssa.Call
			escapes := false
			for v := range comp {
				done[v] = true
				if escapesFromSlice(v, comp) {
					escapes = true
				}
				if c, ok := v.(*ssa.Call); ok && isAppend(c) {
					if first == nil || c.Pos() < first.Pos() {
						first = c
					}
				}
			}
			if escapes {
				continue
			}
			if out == nil {
				out = make(map[*ssa.Call]*ssa.Call)
			}
			for v := range comp {
				if c, ok := v.(*ssa.Call); ok && isAppend(c) {
					out[c] = first
				}
			}
		}
	}
	return out
}

func isAppend(c *ssa.Call) bool {
	b, ok := c.Call.Value.(*ssa.Builtin)
	return ok && b.Name() == "append"
}

// sliceComponent returns the values that share the backing store of the
// append call: the appends, phis and reslices it flows through and from.
func sliceComponent(start ssa.Value) map[ssa.Value]bool {
	comp := map[ssa.Value]bool{}
	work := []ssa.Value{start}
	add := func(v ssa.Value) {
		if v != nil && !comp[v] {
			work = append(work, v)
		}
	}
	for len(work) > 0 {
		v := work[len(work)-1]
		work = work[:len(work)-1]
		if comp[v] {
			continue
		}
		comp[v] = true
		switch v := v.(type) {
		case *ssa.Call:
			if isAppend(v) {
				add(v.Call.Args[0])
			}
		case *ssa.Phi:
			for _, e := range v.Edges {
				add(e)
			}
		case *ssa.Slice:
			add(v.X)
		}
		rs := v.Referrers()
		if rs == nil {
			continue
		}
		for _, r := range *rs {
			switch r := r.(type) {
			case *ssa.Phi:
				add(r)
			case *ssa.Slice:
				if r.X == v {
					add(r)
				}
			case *ssa.Call:
				if isAppend(r) && r.Call.Args[0] == v {
					add(r)
				}
			}
		}
	}
	return comp
}

// escapesFromSlice reports whether a use of v (a member of comp) lets the
// backing store escape.
func escapesFromSlice(v ssa.Value, comp map[ssa.Value]bool) bool {
	switch v.(type) {
	case *ssa.Call, *ssa.Phi, *ssa.Slice, *ssa.Const:
	default:
		return true // a parameter, a load, a make: not a fresh local slice
	}
	if c, ok := v.(*ssa.Const); ok {
		return !c.IsNil()
	}
	for _, r := range *v.Referrers() {
		switch r := r.(type) {
		case *ssa.Phi, *ssa.Slice:
			if !comp[r.(ssa.Value)] {
				return true
			}
		case *ssa.Index, *ssa.BinOp, *ssa.DebugRef:
		case *ssa.IndexAddr:
			for _, u := range *r.Referrers() {
				switch u := u.(type) {
				case *ssa.UnOp:
				case *ssa.Store:
					if u.Val == r {
						return true
					}
				case *ssa.DebugRef:
				default:
					return true
				}
			}
		case *ssa.Call:
			b, ok := r.Call.Value.(*ssa.Builtin)
			if !ok {
				return true
			}
			switch b.Name() {
			case "len", "cap", "copy":
			case "append":
				if r.Call.Args[0] == v && !comp[r] {
					return true
				}
			default:
				return true
			}
		default:
			return true
		}
	}
	return false
}
