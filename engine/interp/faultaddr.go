// faultaddr.go: the address a nil dereference faults at.

package interp

import (
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// amd64 lays out memory as gc does for the machines go run runs on (and
// as for wasm): the offsets the SIGSEGV line's addr= shows.
var amd64 = types.SizesFor("gc", "amd64")

// faultAddr returns the address Go's "[signal SIGSEGV: ... addr=0x18 ...]"
// line shows when the field address fa is taken through a nil pointer:
// gc loads or stores the field itself (and a field of a field, an element
// of an array field) at its offset from address zero, so the fault is at
// that offset. Stores of pointers check for nil first (addr 0), strings
// and slices store their length first (offset + 8), and gc checks
// explicitly when the offset is 4096 or more.
func (c *compiler) faultAddr(fa *ssa.FieldAddr) uint64 {
	off, ok := accessOffset(fa)
	return faultAt(fieldOffset(fa)+off, ok)
}

// faultAt is the address a fault at offset off from address zero shows;
// 0 when gc checks for nil explicitly (checked false, or off 4096 or more).
func faultAt(off int64, direct bool) uint64 {
	if !direct || off < 0 || off >= 4096 {
		return 0
	}
	return uint64(off)
}

// elemFaultAddr returns the fault address of &a[i] (IndexAddr ia) through a
// nil pointer to an array, for the index i: the element's offset, and of
// what its first use reads in it.
func elemFaultAddr(ia *ssa.IndexAddr) func(i int64) uint64 {
	arr, isArr := deref(ia.X.Type()).Underlying().(*types.Array)
	if !isArr {
		return func(int64) uint64 { return 0 }
	}
	size := amd64.Sizeof(arr.Elem())
	off, ok := accessOffset(ia)
	return func(i int64) uint64 {
		if i < 0 || i >= arr.Len() {
			return 0
		}
		return faultAt(i*size+off, ok)
	}
}

// loadFaultAddr returns the fault address of the load *p (UnOp) through a
// nil pointer p.
func loadFaultAddr(load *ssa.UnOp) uint64 {
	if checkedLoad(load) {
		return 0
	}
	return uint64(headerWordOffset(load))
}

// accessOffset follows the address v (a field or element address) through
// the addresses its first use takes in turn to the load or store that
// uses it, and returns the offset from v of the word that load or store
// accesses first; false if gc checks for nil explicitly first.
func accessOffset(v ssa.Value) (off int64, direct bool) {
	for {
		first := firstUse(v)
		if first == nil {
			return 0, false
		}
		switch r := first.(type) {
		case *ssa.FieldAddr:
			off += fieldOffset(r)
			v = r
			continue
		case *ssa.IndexAddr:
			k, ok := r.Index.(*ssa.Const)
			arr, isArr := deref(r.X.Type()).Underlying().(*types.Array)
			if !ok || !isArr || k.Value == nil {
				return 0, false
			}
			i, exact := constant.Int64Val(k.Value)
			if !exact {
				return 0, false
			}
			off += i * amd64.Sizeof(arr.Elem())
			v = r
			continue
		case *ssa.UnOp:
			// A load: of a string or slice, the word its first use
			// needs is loaded first.
			if checkedLoad(r) {
				return 0, false
			}
			off += headerWordOffset(r)
		case *ssa.Store:
			if r.Addr != v {
				return 0, false
			}
			switch t := r.Val.Type().Underlying().(type) {
			case *types.Basic:
				if t.Info()&types.IsString != 0 {
					off += 8
				} else if t.Kind() == types.UnsafePointer {
					return 0, false
				}
			case *types.Slice:
				off += 8
			case *types.Pointer, *types.Map, *types.Chan, *types.Signature:
				return 0, false
			case *types.Array:
				// Zeroed as a block (16 bytes or more), after a nil
				// check; a literal written in place stores its
				// elements after it.
				if _, zero := r.Val.(*ssa.Const); zero && amd64.Sizeof(t) >= 16 && len(*v.Referrers()) == 1 {
					return 0, false
				}
			case *types.Struct:
				if t.NumFields() > 4 {
					return 0, false // not SSA-able: copied after a nil check
				}
			}
		default:
			return 0, false
		}
		return off, true
	}
}

// firstUse returns the instruction that uses v (an instruction) first: the
// earliest of its referrers in its block; nil if none is.
func firstUse(v ssa.Value) ssa.Instruction {
	in, ok := v.(ssa.Instruction)
	refs := v.Referrers()
	if !ok || refs == nil || len(*refs) == 0 {
		return nil
	}
	after := false
	for _, x := range in.Block().Instrs {
		if x == in {
			after = true
			continue
		}
		if after && slices.Contains(*refs, x) {
			return x
		}
	}
	return nil
}

// headerWordOffset returns the offset, within the string or slice header
// that load reads, of the word gc reads first, which its first use
// decides: the length to index, slice, compare or pass it, the capacity to
// append to it or for cap, the pointer otherwise (to range over it,
// concatenate it, convert it to an interface, compare it with nil).
func headerWordOffset(load *ssa.UnOp) int64 {
	switch load.Type().Underlying().(type) {
	case *types.Slice:
	case *types.Basic:
		if !isString(load.Type()) {
			return 0
		}
	default:
		return 0
	}
	switch u := firstUse(load).(type) {
	case *ssa.IndexAddr, *ssa.Index, *ssa.Lookup, *ssa.Slice:
		return 8
	case *ssa.BinOp:
		if isString(load.Type()) && (u.Op == token.EQL || u.Op == token.NEQ) {
			return 8
		}
	case *ssa.Call:
		b, isBuiltin := u.Call.Value.(*ssa.Builtin)
		switch {
		case !isBuiltin:
			return 8
		case b.Name() == "len" && u.Pos().IsValid(): // not a range loop's
			return 8
		case b.Name() == "cap" || b.Name() == "append" && u.Call.Args[0] == load:
			return 16
		}
	}
	return 0
}

// checkedLoad reports whether gc checks the pointer for nil explicitly
// (the fault is at address 0) before load: a value of several fields or
// elements, or a complex number, converted to an interface, which gc does
// from the value's address.
func checkedLoad(load *ssa.UnOp) bool {
	if _, ok := firstUse(load).(*ssa.MakeInterface); !ok {
		return false
	}
	switch t := load.Type().Underlying().(type) {
	case *types.Struct:
		return t.NumFields() > 1
	case *types.Array:
		return t.Len() > 1
	case *types.Basic:
		return t.Info()&types.IsComplex != 0
	}
	return false
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// fieldOffset is the offset of fa's field in its struct.
func fieldOffset(fa *ssa.FieldAddr) int64 {
	st := deref(fa.X.Type()).Underlying().(*types.Struct)
	fields := make([]*types.Var, st.NumFields())
	for i := range fields {
		fields[i] = st.Field(i)
	}
	return amd64.Offsetsof(fields)[fa.Field]
}

// invokeFaultAddr returns the address a call of a method of a nil
// interface faults at: gc loads the method from the itab, whose methods
// (sorted as go/types sorts them) start at offset 0x18.
// When gc knows the interface is nil (a nil constant, a field of a local
// variable never written), it checks for nil first: address 0.
func invokeFaultAddr(cc *ssa.CallCommon) uint64 {
	it, ok := cc.Value.Type().Underlying().(*types.Interface)
	if !ok || knownZero(cc.Value) {
		return 0
	}
	for i := range it.NumMethods() {
		if it.Method(i) == cc.Method {
			return uint64(0x18 + 8*i)
		}
	}
	return 0
}

// knownZero reports whether v is a zero value gc's optimizer sees through:
// a constant, or a load from a local variable nothing writes to.
func knownZero(v ssa.Value) bool {
	switch v := v.(type) {
	case *ssa.Const:
		return true
	case *ssa.UnOp:
		if v.Op != token.MUL {
			return false
		}
		addr := v.X
		for {
			switch a := addr.(type) {
			case *ssa.FieldAddr:
				addr = a.X
				continue
			case *ssa.Alloc:
				return !a.Heap && onlyRead(a)
			}
			return false
		}
	}
	return false
}

// onlyRead reports whether the address v is only loaded from, directly or
// through field and element addresses.
func onlyRead(v ssa.Value) bool {
	for _, r := range *v.Referrers() {
		switch r := r.(type) {
		case *ssa.UnOp:
			if r.Op != token.MUL {
				return false
			}
		case *ssa.FieldAddr:
			if !onlyRead(r) {
				return false
			}
		case *ssa.IndexAddr:
			if !onlyRead(r) {
				return false
			}
		case *ssa.DebugRef:
		default:
			return false
		}
	}
	return true
}
