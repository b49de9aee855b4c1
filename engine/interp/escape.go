// escape.go: which appends get the compiler's stack buffer.

package interp

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// stackBufferSize is gc's limit for stack-allocated backing stores
// (-d=variablemakethreshold).
const stackBufferSize = 32

// A stackAppend says how gc backs one append with a stack buffer of
// stackBufferSize bytes (K elements). Since Go 1.25 escape analysis gives a
// slice that never escapes such a buffer at its first append from empty, so
// cap(s) shows K elements at once (4 for []int) where a heap slice grows 1,
// 2, 4. Since Go 1.26 a slice that escapes only by being returned
// (cmd/compile/internal/slice) gets one too, moved to the heap at the
// return: if the function never observes the capacity, the first append
// takes the buffer and the return copies it out with the capacity rounded
// to the length's size class (3 for three ints); if it does (cap(s), s[i:j]),
// every append calls growsliceBuf, which steps up one size class at a time
// within the buffer (1, 2, 3, 4 for []int) and keeps that capacity.
type stackAppend struct {
	first *ssa.Call // the slice's first append: the one that may take the buffer
	grow  bool      // growsliceBuf at every append
	moved bool      // the slice is returned: its capacity at the return is the length's size class
}

// localSlices finds the appends of fn whose slice gets a stack buffer.
// Escape analysis decides it, so this is an approximation of gc's: the
// slice, through every append and reslice of it, is only indexed, measured,
// ranged over or copied from, or returned once outside any loop. A slice
// made by make is one gc's escape analysis keeps on the stack, but one the
// Go 1.26 pass does not follow, so it gets a buffer only if not returned.
func localSlices(fn *ssa.Function) map[*ssa.Call]stackAppend {
	var out map[*ssa.Call]stackAppend
	done := make(map[ssa.Value]bool)
	for _, b := range fn.Blocks {
		for _, in := range b.Instrs {
			call, ok := in.(*ssa.Call)
			if !ok || !isAppend(call) || done[call] {
				continue
			}
			comp := sliceComponent(call)
			var first *ssa.Call
			var u sliceUses
			appends, phis := 0, false
			for v := range comp {
				done[v] = true
				u.add(v, comp)
				switch v := v.(type) {
				case *ssa.Call:
					if isAppend(v) {
						appends++
						if first == nil || v.Pos() < first.Pos() {
							first = v
						}
					}
				case *ssa.Phi:
					phis = true
				}
			}
			sa := stackAppend{first: first}

			switch {
			case u.escapes:
				continue
			case len(u.returns) == 0:
			case len(u.returns) == 1 && !u.made && (appends >= 2 || phis) && !inLoop(fn, u.returns[0].Pos()):
				sa.moved = true
				sa.grow = u.capUsed
			default:
				continue
			}
			if out == nil {
				out = make(map[*ssa.Call]stackAppend)
			}
			for v := range comp {
				if c, ok := v.(*ssa.Call); ok && isAppend(c) {
					out[c] = sa
				}
			}
		}
	}
	return out
}

// sliceUses sums up how the values of a slice component are used.
type sliceUses struct {
	escapes bool          // the backing store escapes (or may: a use not understood)
	returns []*ssa.Return // the returns of the slice
	capUsed bool          // the capacity is observable: cap(s), s[i:j]
	made    bool          // the slice comes from make, a slice literal or a conversion
	mutated bool          // an element is assigned or copied into
	param   bool          // the component's root is a parameter (argLeaks)
	seen    map[*ssa.Parameter]bool
}

// add records the uses of v, a member of comp.
func (u *sliceUses) add(v ssa.Value, comp map[ssa.Value]bool) {
	switch v := v.(type) {
	case *ssa.Call, *ssa.Phi:
	case *ssa.Slice:
		u.capUsed = true
		if a, ok := v.X.(*ssa.Alloc); ok && comp[a] {
			u.made = true // []T{}
		}
	case *ssa.Parameter:
		if !u.param {
			u.escapes = true
			return
		}
	case *ssa.Const:
		if !v.IsNil() {
			u.escapes = true
		}
		return
	case *ssa.MakeSlice, *ssa.Convert:
		u.made = true
	case *ssa.Alloc:
		// The array of an empty slice literal, only sliced.
		at, ok := deref(v.Type()).Underlying().(*types.Array)
		if !ok || at.Len() != 0 {
			u.escapes = true
			return
		}
		for _, r := range *v.Referrers() {
			if sl, ok := r.(*ssa.Slice); !ok || !comp[sl] {
				u.escapes = true
			}
		}
		return
	default:
		u.escapes = true // a parameter, a load: not a fresh local slice
		return
	}
	for _, r := range *v.Referrers() {
		switch r := r.(type) {
		case *ssa.Phi, *ssa.Slice:
			if !comp[r.(ssa.Value)] {
				u.escapes = true
			}
		case *ssa.Index, *ssa.BinOp, *ssa.DebugRef:
		case *ssa.Convert:
			// string(s) copies.
		case *ssa.Return:
			u.returns = append(u.returns, r)
		case *ssa.IndexAddr:
			for _, use := range *r.Referrers() {
				switch use := use.(type) {
				case *ssa.UnOp:
				case *ssa.Store:
					if use.Val == r {
						u.escapes = true
					} else {
						u.mutated = true
					}
				case *ssa.DebugRef:
				default:
					u.escapes = true
				}
			}
		case *ssa.Call:
			b, ok := r.Call.Value.(*ssa.Builtin)
			if !ok {
				if u.seen == nil {
					u.seen = map[*ssa.Parameter]bool{}
				}
				if !argLeaks(r.Common(), v, u.seen) {
					// Passing the slice to a parameter that does not
					// escape, as gc's escape analysis finds it.
					u.capUsed = true
					continue
				}
				u.escapes = true
				continue
			}
			switch b.Name() {
			case "cap":
				u.capUsed = true
			case "copy":
				if r.Call.Args[0] == v {
					u.mutated = true
				}
			case "len":
			case "append":
				if r.Call.Args[0] == v && !comp[r] {
					u.escapes = true
				}
			default:
				u.escapes = true
			}
		default:
			u.escapes = true
		}
	}
}

func deref(t types.Type) types.Type {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// inLoop reports whether pos is inside the body of a loop of fn. gc moves a
// returned slice to the heap only at a return outside loops.
func inLoop(fn *ssa.Function, pos token.Pos) bool {
	syn := fn.Syntax()
	if syn == nil || !pos.IsValid() {
		return true
	}
	found := false
	ast.Inspect(syn, func(n ast.Node) bool {
		if found || n == nil {
			return false
		}
		if _, ok := n.(*ast.FuncLit); ok && n != syn {
			return false
		}
		var body *ast.BlockStmt
		switch n := n.(type) {
		case *ast.ForStmt:
			body = n.Body
		case *ast.RangeStmt:
			body = n.Body
		}
		if body != nil && body.Pos() <= pos && pos < body.End() {
			found = true
		}
		return true
	})
	return found
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

// stackAppendOp returns the op of the append being compiled if its slice
// gets a stack buffer (see stackAppend), nil if not. s and v are the
// registers of the slice and of the values appended.
func (c *compiler) stackAppendOp(elem *Type, s, v int, set func(*frame, Value)) op {
	sa, ok := c.local[c.curCall]
	if !ok || elem.Size <= 0 || elem.Size > stackBufferSize {
		return nil
	}
	k := int(stackBufferSize / elem.Size)
	noscan := !hasPointers(elem.T)
	// sizeClass is the capacity of n elements rounded up to a size class.
	sizeClass := func(n int) int {
		return int(roundupsize(uint64(n)*uint64(elem.Size), noscan) / uint64(elem.Size))
	}
	// grow appends add to old in a new backing store of capacity c.
	grow := func(t *Thread, old, add []Value, c int) Value {
		ns := makeSlice(elem, len(old), c)
		copy(ns, old)
		return Value{R: t.appendValues(elem, ns, add)}
	}
	if sa.grow {
		// growsliceBuf: one size class at a time while within the buffer.
		return func(fr *frame) {
			old, add := fr.regs[s].Elems(), fr.regs[v].Elems()
			if n := len(old) + len(add); n > cap(old) && n <= k {
				set(fr, grow(fr.t, old, add, sizeClass(n)))
				return
			}
			set(fr, appendResult(fr.t.appendValues(elem, old, add)))
		}
	}
	// The buffer's state in this call of the function, shared by the
	// slice's appends: 0 free, 1 holding the slice, 2 left behind.
	state, ok := c.bufUsed[sa.first]
	if !ok {
		state = len(c.consts)
		c.consts = append(c.consts, Value{})
		c.bufUsed[sa.first] = state
	}
	first := c.curCall == sa.first
	return func(fr *frame) {
		old, add := fr.regs[s].Elems(), fr.regs[v].Elems()
		n := len(old) + len(add)
		st := &fr.regs[state].N
		switch {
		case n <= cap(old):
		case first && *st == 0 && len(old) == 0 && n <= k:
			*st = 1
			c := k
			if sa.moved {
				// Its capacity is never observed before the return,
				// which gives it the size class of its length.
				c = sizeClass(n)
			}
			set(fr, grow(fr.t, nil, add, c))
			return
		case sa.moved && *st == 1:
			if n <= k {
				set(fr, grow(fr.t, old, add, sizeClass(n)))
				return
			}
			// Out of the buffer: the heap store grows from its K.
			*st = 2
			c := growCap(elem, k, n)
			fr.t.Alloc(int64(c) * elem.Size)
			set(fr, grow(fr.t, old, add, c))
			return
		}
		set(fr, appendResult(fr.t.appendValues(elem, old, add)))
	}
}

// appendResult is the slice value of an append's result: nil stays nil.
func appendResult(r []Value) Value {
	if r == nil {
		return Value{}
	}
	return Value{R: r}
}

// conversionCap returns the capacity gc gives the result of []byte(s) or
// []rune(s) with n elements, for the conversion whose result goes to
// register d. A result that escapes gets a heap allocation rounded up to
// its size class; one that does not, the 32-element buffer of the runtime's
// stringtoslicebyte/rune when it fits, except a []byte that is never
// written to, which shares the string's bytes.
func (c *compiler) conversionCap(d int, elem *Type) func(n int) int {
	size := uint64(elem.Size)
	heap := func(n int) int { return int(roundupsize(uint64(n)*size, true) / size) }
	var conv *ssa.Convert
	for _, b := range c.fn.Blocks {
		for _, in := range b.Instrs {
			if v, ok := in.(*ssa.Convert); ok && c.regs[v] == d {
				conv = v
			}
		}
	}
	if conv == nil {
		return heap
	}
	comp := sliceComponent(conv)
	var u sliceUses
	for v := range comp {
		u.add(v, comp)
	}
	switch {
	case u.escapes || len(u.returns) > 0:
		return heap
	case elem.Kind == KUint8 && !u.mutated:
		return func(n int) int { return n }
	}
	return func(n int) int {
		if n <= tmpStringBufSize {
			return tmpStringBufSize
		}
		return heap(n)
	}
}

// tmpStringBufSize is the runtime's buffer for conversions that do not
// escape.
const tmpStringBufSize = 32

// argLeaks reports whether a call may let its argument v, a slice, escape:
// unless the callee is a function of the program whose parameter is only
// indexed, measured, ranged over, resliced or appended to locally, or
// passed on to such a parameter. seen holds the parameters analysed so far
// (true: may leak); a parameter met again while being analysed (recursion)
// may leak.
func argLeaks(call *ssa.CallCommon, v ssa.Value, seen map[*ssa.Parameter]bool) bool {
	fn, ok := call.Value.(*ssa.Function)
	if !ok || call.IsInvoke() || fn.Blocks == nil || fn.Pkg == nil || fn.Pkg.Pkg.Path() != "main" {
		return true
	}
	for i, a := range call.Args {
		if a == v && (i >= len(fn.Params) || paramLeaks(fn.Params[i], seen)) {
			return true
		}
	}
	return false
}

// paramLeaks reports whether the slice parameter p may escape its function.
func paramLeaks(p *ssa.Parameter, seen map[*ssa.Parameter]bool) bool {
	if l, ok := seen[p]; ok {
		return l
	}
	seen[p] = true
	comp := sliceComponent(p)
	u := sliceUses{param: true, seen: seen}
	for v := range comp {
		u.add(v, comp)
	}
	l := u.escapes || len(u.returns) > 0
	seen[p] = l
	return l
}
