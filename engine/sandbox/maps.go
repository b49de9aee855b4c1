// maps.go: the natives of package maps.

package sandbox

import (
	"golang.org/x/tools/go/ssa"

	"interleave/engine/interp"
)

// mapEntries returns a map's entries in an order that starts at a place
// drawn from the run's seed, as Go's randomised iteration does.
func mapEntries(t *interp.Thread, m *interp.Map) (keys, vals []interp.Value) {
	keys, vals = m.Entries()
	if n := len(keys); n > 1 {
		r := int(t.Machine().Uint64() % uint64(n))
		keys = append(keys[r:], keys[:r]...)
		vals = append(vals[r:], vals[:r]...)
	}
	return keys, vals
}

func init() {
	iter := func(name string, yield func(t *interp.Thread, y, k, v interp.Value) bool) {
		generic("maps."+name, func(mt *interp.Type, _ *ssa.Function, _ *interp.Machine) interp.Native {
			return func(t *interp.Thread, args []interp.Value) interp.Value {
				m := args[0].Map()
				return interp.NativeClosure("maps."+name+"-range", func(t *interp.Thread, y []interp.Value) interp.Value {
					keys, vals := mapEntries(t, m)
					for i, k := range keys {
						// An entry deleted during the iteration is not produced.
						if _, ok := m.Get(mt, k); ok {
							if !yield(t, y[0], k, vals[i]) {
								break
							}
						}
					}
					return interp.Value{}
				})
			}
		})
	}
	iter("Keys", func(t *interp.Thread, y, k, v interp.Value) bool { return t.Call(y, k).Bool() })
	iter("Values", func(t *interp.Thread, y, k, v interp.Value) bool { return t.Call(y, v).Bool() })
	iter("All", func(t *interp.Thread, y, k, v interp.Value) bool { return t.Call(y, k, v).Bool() })

	generic("maps.Clone", func(mt *interp.Type, _ *ssa.Function, _ *interp.Machine) interp.Native {
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			src := args[0].Map()
			if src == nil {
				return interp.Value{}
			}
			dst := interp.NewMap()
			keys, vals := src.Entries()
			for i, k := range keys {
				dst.Set(mt, k, interp.Copy(mt.Elem, vals[i]))
			}
			return interp.Value{R: dst}
		}
	})
	generic("maps.Copy", func(mt *interp.Type, _ *ssa.Function, _ *interp.Machine) interp.Native {
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			dst := args[0].Map()
			keys, vals := args[1].Map().Entries()
			if len(keys) > 0 && dst == nil {
				t.RuntimeError("assignment to entry in nil map")
			}
			for i, k := range keys {
				dst.Set(mt, k, interp.Copy(mt.Elem, vals[i]))
			}
			return interp.Value{}
		}
	})
	generic("maps.DeleteFunc", func(mt *interp.Type, _ *ssa.Function, _ *interp.Machine) interp.Native {
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			m := args[0].Map()
			keys, vals := mapEntries(t, m)
			for i, k := range keys {
				if t.Call(args[1], k, vals[i]).Bool() {
					m.Delete(mt, k)
				}
			}
			return interp.Value{}
		}
	})
	generic("maps.Equal", func(mt *interp.Type, _ *ssa.Function, _ *interp.Machine) interp.Native {
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			return interp.Bool(mapsEqual(mt, args[0].Map(), args[1].Map(), func(a, b interp.Value) bool { return interp.Equal(mt.Elem, a, b) }))
		}
	})
	generic("maps.EqualFunc", func(mt *interp.Type, _ *ssa.Function, _ *interp.Machine) interp.Native {
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			return interp.Bool(mapsEqual(mt, args[0].Map(), args[1].Map(), func(a, b interp.Value) bool { return t.Call(args[2], a, b).Bool() }))
		}
	})
	generic("maps.Collect", func(_ *interp.Type, fn *ssa.Function, m *interp.Machine) interp.Native {
		mt := m.TypeOf(fn.Signature.Results().At(0).Type())
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			dst := interp.NewMap()
			insertSeq(t, mt, dst, args[0])
			return interp.Value{R: dst}
		}
	})
	generic("maps.Insert", func(mt *interp.Type, _ *ssa.Function, _ *interp.Machine) interp.Native {
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			dst := args[0].Map()
			insertSeq(t, mt, dst, args[1])
			return interp.Value{}
		}
	})
}

// insertSeq stores the pairs of the iter.Seq2 seq in dst, a map of type mt.
func insertSeq(t *interp.Thread, mt *interp.Type, dst *interp.Map, seq interp.Value) {
	t.Call(seq, interp.NativeClosure("maps.Insert-yield", func(t *interp.Thread, a []interp.Value) interp.Value {
		if dst == nil {
			t.RuntimeError("assignment to entry in nil map")
		}
		dst.Set(mt, a[0], interp.Copy(mt.Elem, a[1]))
		return interp.Bool(true)
	}))
}

func mapsEqual(mt *interp.Type, a, b *interp.Map, eq func(x, y interp.Value) bool) bool {
	if a.Len() != b.Len() {
		return false
	}
	keys, vals := a.Entries()
	for i, k := range keys {
		v, ok := b.Get(mt, k)
		if !ok || !eq(vals[i], v) {
			return false
		}
	}
	return true
}
