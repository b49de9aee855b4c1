// atomic.go: package sync/atomic — the functions and the types Int32,
// Int64, Uint32, Uint64, Uintptr, Bool, Pointer[T] and Value.
//
// Every operation is a visible one (the scheduler may switch before it) and
// then happens at once: goroutines never run in parallel here, so a single
// step is atomic. The types are structs from the export data; their methods
// work on the struct's field v.

package sandbox

import (
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"

	"interleave/engine/interp"
	"interleave/engine/trace"
)

// intKind describes the integer type an atomic operation works on.
type intKind struct {
	bits   uint
	signed bool
}

func (k intKind) wrap(x uint64) uint64 {
	if k.bits == 64 {
		return x
	}
	x &= 1<<k.bits - 1
	if k.signed && x&(1<<(k.bits-1)) != 0 {
		x |= ^uint64(0) << k.bits
	}
	return x
}

var (
	kInt32  = intKind{32, true}
	kInt64  = intKind{64, true}
	kUint32 = intKind{32, false}
	kUint64 = intKind{64, false}
)

// atomicCell returns the cell an atomic operation works on: the pointer
// argument itself for the functions, the field v of the struct for the
// types' methods.
type cellFunc func(t *interp.Thread, p *interp.Value) *interp.Value

func direct(t *interp.Thread, p *interp.Value) *interp.Value { return p }

func fieldV(idx int) cellFunc {
	return func(t *interp.Thread, p *interp.Value) *interp.Value { return &p.Elems()[idx] }
}

// atomicOp registers a native working on the cell of args[0].
func atomicOp(name string, cell func(m *interp.Machine, fn *ssa.Function) cellFunc, f func(t *interp.Thread, c *interp.Value, args []interp.Value) interp.Value) {
	interp.RegisterBinder(name, func(fn *ssa.Function, m *interp.Machine) interp.Native {
		cf := cell(m, fn)
		op := name[strings.LastIndexByte(name, '.')+1:]
		// Uint32, Uint64, Uintptr cells hold their value as it is; the
		// others sign-extended.
		unsigned := strings.Contains(name, "Uint")
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			p := args[0].Ptr()
			if p == nil {
				t.NilDeref()
			}
			if t.Preempt() {
				return interp.Value{}
			}
			c := cf(t, p)
			r := f(t, c, args)
			if m := t.Machine(); m.Tracing() {
				e := trace.Event{Kind: trace.Atomic, Obj: m.ObjectID(c, trace.ObjVar, t.ArgName(0)), Text: op}
				if c.R == nil { // an integer or bool cell: its value after the operation
					if unsigned {
						e.Value = strconv.FormatUint(c.N, 10)
					} else {
						e.Value = strconv.FormatInt(int64(c.N), 10)
					}
				}
				t.Emit(e)
			}
			return r
		}
	})
}

func plainCell(*interp.Machine, *ssa.Function) cellFunc { return direct }

// vCell finds the field v of the receiver's struct type.
func vCell(m *interp.Machine, fn *ssa.Function) cellFunc {
	rt := m.TypeOf(fn.Signature.Recv().Type())
	return fieldV(fieldNamed(rt.Elem, "v"))
}

func registerInts(fnSuffix, typeName string, k intKind) {
	add := func(t *interp.Thread, c *interp.Value, args []interp.Value) interp.Value {
		c.N = k.wrap(c.N + args[1].N)
		return interp.Value{N: c.N}
	}
	load := func(t *interp.Thread, c *interp.Value, args []interp.Value) interp.Value { return interp.Value{N: c.N} }
	store := func(t *interp.Thread, c *interp.Value, args []interp.Value) interp.Value {
		c.N = args[1].N
		return interp.Value{}
	}
	swap := func(t *interp.Thread, c *interp.Value, args []interp.Value) interp.Value {
		old := c.N
		c.N = args[1].N
		return interp.Value{N: old}
	}
	cas := func(t *interp.Thread, c *interp.Value, args []interp.Value) interp.Value {
		if c.N != args[1].N {
			return interp.Bool(false)
		}
		c.N = args[2].N
		return interp.Bool(true)
	}
	and := func(t *interp.Thread, c *interp.Value, args []interp.Value) interp.Value {
		old := c.N
		c.N &= args[1].N
		return interp.Value{N: old}
	}
	or := func(t *interp.Thread, c *interp.Value, args []interp.Value) interp.Value {
		old := c.N
		c.N |= args[1].N
		return interp.Value{N: old}
	}
	pkg := "sync/atomic."
	atomicOp(pkg+"Add"+fnSuffix, plainCell, add)
	atomicOp(pkg+"Load"+fnSuffix, plainCell, load)
	atomicOp(pkg+"Store"+fnSuffix, plainCell, store)
	atomicOp(pkg+"Swap"+fnSuffix, plainCell, swap)
	atomicOp(pkg+"CompareAndSwap"+fnSuffix, plainCell, cas)
	atomicOp(pkg+"And"+fnSuffix, plainCell, and)
	atomicOp(pkg+"Or"+fnSuffix, plainCell, or)
	m := "(*sync/atomic." + typeName + ")."
	atomicOp(m+"Add", vCell, add)
	atomicOp(m+"Load", vCell, load)
	atomicOp(m+"Store", vCell, store)
	atomicOp(m+"Swap", vCell, swap)
	atomicOp(m+"CompareAndSwap", vCell, cas)
	atomicOp(m+"And", vCell, and)
	atomicOp(m+"Or", vCell, or)
}

func init() {
	registerInts("Int32", "Int32", kInt32)
	registerInts("Int64", "Int64", kInt64)
	registerInts("Uint32", "Uint32", kUint32)
	registerInts("Uint64", "Uint64", kUint64)
	registerInts("Uintptr", "Uintptr", kUint64)

	// Bool: v is a uint32 holding 0 or 1.
	b := "(*sync/atomic.Bool)."
	atomicOp(b+"Load", vCell, func(t *interp.Thread, c *interp.Value, args []interp.Value) interp.Value {
		return interp.Bool(c.N != 0)
	})
	atomicOp(b+"Store", vCell, func(t *interp.Thread, c *interp.Value, args []interp.Value) interp.Value {
		c.N = args[1].N
		return interp.Value{}
	})
	atomicOp(b+"Swap", vCell, func(t *interp.Thread, c *interp.Value, args []interp.Value) interp.Value {
		old := c.N
		c.N = args[1].N
		return interp.Bool(old != 0)
	})
	atomicOp(b+"CompareAndSwap", vCell, func(t *interp.Thread, c *interp.Value, args []interp.Value) interp.Value {
		if c.N != args[1].N {
			return interp.Bool(false)
		}
		c.N = args[2].N
		return interp.Bool(true)
	})

	// Pointers: the functions on unsafe.Pointer cells and Pointer[T]; the
	// cell holds the pointer Value itself.
	ptrOps := func(prefix string, cell func(m *interp.Machine, fn *ssa.Function) cellFunc, suffix string) {
		atomicOp(prefix+"Load"+suffix, cell, func(t *interp.Thread, c *interp.Value, args []interp.Value) interp.Value { return *c })
		atomicOp(prefix+"Store"+suffix, cell, func(t *interp.Thread, c *interp.Value, args []interp.Value) interp.Value {
			*c = args[1]
			return interp.Value{}
		})
		atomicOp(prefix+"Swap"+suffix, cell, func(t *interp.Thread, c *interp.Value, args []interp.Value) interp.Value {
			old := *c
			*c = args[1]
			return old
		})
		atomicOp(prefix+"CompareAndSwap"+suffix, cell, func(t *interp.Thread, c *interp.Value, args []interp.Value) interp.Value {
			if c.R != args[1].R {
				return interp.Bool(false)
			}
			*c = args[2]
			return interp.Bool(true)
		})
	}
	ptrOps("sync/atomic.", plainCell, "Pointer")
	ptrOps("(*sync/atomic.Pointer[T]).", vCell, "")

	// Value: v holds an interface value; every store must have the type
	// of the first.
	v := "(*sync/atomic.Value)."
	anyT := types.Universe.Lookup("any").Type()
	check := func(t *interp.Thread, c *interp.Value, nv interp.Value, what string) {
		i := nv.Iface()
		if i == nil {
			libPanic(t, "sync/atomic: "+what+" of nil value into Value")
		}
		if old := c.Iface(); old != nil && old.T != i.T {
			libPanic(t, "sync/atomic: "+what+" of inconsistently typed value into Value")
		}
	}
	atomicOp(v+"Load", vCell, func(t *interp.Thread, c *interp.Value, args []interp.Value) interp.Value { return *c })
	atomicOp(v+"Store", vCell, func(t *interp.Thread, c *interp.Value, args []interp.Value) interp.Value {
		check(t, c, args[1], "store")
		*c = args[1]
		return interp.Value{}
	})
	atomicOp(v+"Swap", vCell, func(t *interp.Thread, c *interp.Value, args []interp.Value) interp.Value {
		check(t, c, args[1], "swap")
		old := *c
		*c = args[1]
		return old
	})
	atomicOp(v+"CompareAndSwap", vCell, func(t *interp.Thread, c *interp.Value, args []interp.Value) interp.Value {
		// Go checks new for nil, then old against new, then new against
		// the stored value.
		if args[2].Iface() == nil {
			libPanic(t, "sync/atomic: compare and swap of nil value into Value")
		}
		if oi, ni := args[1].Iface(), args[2].Iface(); oi != nil && oi.T != ni.T {
			libPanic(t, "sync/atomic: compare and swap of inconsistently typed values")
		}
		check(t, c, args[2], "compare and swap")
		if c.Iface() == nil {
			if args[1].Iface() != nil {
				return interp.Bool(false)
			}
		} else if !interp.Equal(t.Machine().TypeOf(anyT), *c, args[1]) {
			return interp.Bool(false)
		}
		*c = args[2]
		return interp.Bool(true)
	})
}
