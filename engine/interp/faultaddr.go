// faultaddr.go: the address a nil dereference faults at.

package interp

import (
	"go/constant"
	"go/types"

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
	off := fieldOffset(fa)
	var v ssa.Value = fa
	for {
		refs := v.Referrers()
		if refs == nil || len(*refs) != 1 {
			return 0
		}
		switch r := (*refs)[0].(type) {
		case *ssa.FieldAddr:
			off += fieldOffset(r)
			v = r
			continue
		case *ssa.IndexAddr:
			k, ok := r.Index.(*ssa.Const)
			arr, isArr := deref(r.X.Type()).Underlying().(*types.Array)
			if !ok || !isArr || k.Value == nil {
				return 0
			}
			i, exact := constant.Int64Val(k.Value)
			if !exact {
				return 0
			}
			off += i * amd64.Sizeof(arr.Elem())
			v = r
			continue
		case *ssa.UnOp:
			// A load.
		case *ssa.Store:
			if r.Addr != v {
				return 0
			}
			switch t := r.Val.Type().Underlying().(type) {
			case *types.Basic:
				if t.Info()&types.IsString != 0 {
					off += 8
				} else if t.Kind() == types.UnsafePointer {
					return 0
				}
			case *types.Slice:
				off += 8
			case *types.Pointer, *types.Map, *types.Chan, *types.Signature:
				return 0
			}
		default:
			return 0
		}
		break
	}
	if off >= 4096 {
		return 0
	}
	return uint64(off)
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
