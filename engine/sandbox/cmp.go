// cmp.go: the natives of package cmp.

package sandbox

import (
	"golang.org/x/tools/go/ssa"

	"interleave/engine/interp"
)

func init() {
	typeArg := func(fn *ssa.Function, m *interp.Machine) *interp.Type {
		return m.TypeOf(fn.Signature.Params().At(0).Type())
	}
	interp.RegisterBinder("cmp.Compare", func(fn *ssa.Function, m *interp.Machine) interp.Native {
		t := typeArg(fn, m)
		return func(_ *interp.Thread, args []interp.Value) interp.Value {
			return interp.Int(int64(compareOrdered(t, args[0], args[1])))
		}
	})
	interp.RegisterBinder("cmp.Less", func(fn *ssa.Function, m *interp.Machine) interp.Native {
		t := typeArg(fn, m)
		return func(_ *interp.Thread, args []interp.Value) interp.Value {
			return interp.Bool(compareOrdered(t, args[0], args[1]) < 0)
		}
	})
	interp.RegisterBinder("cmp.Or", func(fn *ssa.Function, m *interp.Machine) interp.Native {
		t := m.TypeOf(fn.Signature.Results().At(0).Type())
		return func(_ *interp.Thread, args []interp.Value) interp.Value {
			zero := interp.Zero(t)
			for _, v := range args[0].Elems() {
				if !interp.Equal(t, v, zero) {
					return v
				}
			}
			return zero
		}
	})
}
