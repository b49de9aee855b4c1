// errors.go: the natives of package errors.

package sandbox

import (
	"go/types"

	"golang.org/x/tools/go/ssa"

	"interleave/engine/interp"
)

func init() {
	interp.Register("errors.New", func(t *interp.Thread, args []interp.Value) interp.Value {
		return newError(t.Machine(), args[0].Str())
	})
	interp.RegisterGlobal("errors.ErrUnsupported", func(m *interp.Machine, _ *interp.Type) interp.Value {
		return newError(m, "unsupported operation")
	})
	interp.Register("errors.Unwrap", func(t *interp.Thread, args []interp.Value) interp.Value {
		i := args[0].Iface()
		if i == nil || !errKinds(t.Machine()).unwrap.Implements(i.T) {
			return interp.Value{}
		}
		return t.CallFunc(i.T.Method("Unwrap"), nil, i.V)
	})
	interp.Register("errors.Is", func(t *interp.Thread, args []interp.Value) interp.Value {
		err, target := args[0], args[1]
		if err.R == nil || target.R == nil {
			return interp.Bool(err.R == target.R)
		}
		return interp.Bool(errorsIs(t, err, target, target.Iface().T.Comparable()))
	})
	interp.Register("errors.As", errorsAs)
	interp.Register("errors.Join", func(t *interp.Thread, args []interp.Value) interp.Value {
		var errs []interp.Value
		for _, e := range args[0].Elems() {
			if e.R != nil {
				errs = append(errs, e)
			}
		}
		if errs == nil {
			return interp.Value{}
		}
		m := t.Machine()
		errT := types.Universe.Lookup("error").Type()
		jt := m.NativeType("errors", "joinError", structOf("errs", types.NewSlice(errT)), true, []interp.Method{
			{Name: "Error", Results: []types.Type{types.Typ[types.String]}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
				errs := args[0].Ptr().Elems()[0].Elems()
				s := errorText(t, errs[0])
				for _, e := range errs[1:] {
					s += "\n" + errorText(t, e)
				}
				return interp.String(s)
			}},
			{Name: "Unwrap", Results: []types.Type{types.NewSlice(errT)}, Fn: field0},
		})
		return interp.MakeIface(jt, interp.Value{R: &interp.Value{R: []interp.Value{{R: errs}}}})
	})
}

// newError is errors.New(s): a *errors.errorString.
func newError(m *interp.Machine, s string) interp.Value {
	et := m.NativeType("errors", "errorString", structOf("s", types.Typ[types.String]), true, []interp.Method{
		{Name: "Error", Results: []types.Type{types.Typ[types.String]}, Fn: field0},
	})
	return interp.MakeIface(et, interp.Value{R: &interp.Value{R: []interp.Value{interp.String(s)}}})
}

// errorText calls the Error method of the error interface value e.
func errorText(t *interp.Thread, e interp.Value) string {
	i := e.Iface()
	if i == nil {
		t.RuntimeError("invalid memory address or nil pointer dereference")
	}
	return t.CallFunc(i.T.Method("Error"), nil, i.V).Str()
}

// errMethods are the interfaces package errors looks for.
type errMethods struct {
	error, unwrap, unwrapMulti, is, as *interp.Type
}

func errKinds(m *interp.Machine) *errMethods {
	return m.State(errMethods{}, func() any {
		errT := types.Universe.Lookup("error").Type()
		anyT := types.Universe.Lookup("any").Type()
		return &errMethods{
			error:       m.TypeOf(errT),
			unwrap:      m.TypeOf(ifaceType("Unwrap", nil, errT)),
			unwrapMulti: m.TypeOf(ifaceType("Unwrap", nil, types.NewSlice(errT))),
			is:          m.TypeOf(ifaceType("Is", []types.Type{errT}, types.Typ[types.Bool])),
			as:          m.TypeOf(ifaceType("As", []types.Type{anyT}, types.Typ[types.Bool])),
		}
	}).(*errMethods)
}

func errorsIs(t *interp.Thread, err, target interp.Value, comparable bool) bool {
	k := errKinds(t.Machine())
	for {
		if comparable && interp.Equal(k.error, err, target) {
			return true
		}
		i := err.Iface()
		if k.is.Implements(i.T) && t.CallFunc(i.T.Method("Is"), nil, i.V, target).Bool() {
			return true
		}
		switch {
		case k.unwrap.Implements(i.T):
			err = t.CallFunc(i.T.Method("Unwrap"), nil, i.V)
			if err.R == nil {
				return false
			}
		case k.unwrapMulti.Implements(i.T):
			for _, e := range t.CallFunc(i.T.Method("Unwrap"), nil, i.V).Elems() {
				if e.R != nil && errorsIs(t, e, target, comparable) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

func errorsAs(t *interp.Thread, args []interp.Value) interp.Value {
	err, target := args[0], args[1]
	if err.R == nil {
		return interp.Bool(false)
	}
	m := t.Machine()
	str := m.TypeOf(types.Typ[types.String])
	ti := target.Iface()
	if ti == nil {
		t.Panic(interp.MakeIface(str, interp.String("errors: target cannot be nil")))
	}
	if ti.T.Kind != interp.KPointer || ti.V.R == nil {
		t.Panic(interp.MakeIface(str, interp.String("errors: target must be a non-nil pointer")))
	}
	elem := ti.T.Elem
	k := errKinds(m)
	if elem.Kind != interp.KInterface && !k.error.Implements(elem) {
		t.Panic(interp.MakeIface(str, interp.String("errors: *target must be interface or implement error")))
	}
	return interp.Bool(errorsAsLoop(t, k, err, target, ti.V.Ptr(), elem))
}

func errorsAsLoop(t *interp.Thread, k *errMethods, err, target interp.Value, cell *interp.Value, elem *interp.Type) bool {
	for {
		i := err.Iface()
		if elem.Kind == interp.KInterface && elem.Implements(i.T) {
			*cell = err
			return true
		}
		if elem.Kind != interp.KInterface && i.T == elem {
			interp.Store(elem, cell, i.V)
			return true
		}
		if k.as.Implements(i.T) && t.CallFunc(i.T.Method("As"), nil, i.V, target).Bool() {
			return true
		}
		switch {
		case k.unwrap.Implements(i.T):
			err = t.CallFunc(i.T.Method("Unwrap"), nil, i.V)
			if err.R == nil {
				return false
			}
		case k.unwrapMulti.Implements(i.T):
			for _, e := range t.CallFunc(i.T.Method("Unwrap"), nil, i.V).Elems() {
				if e.R != nil && errorsAsLoop(t, k, e, target, cell, elem) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// errors.AsType[E] is errors.As into a fresh E.
func init() {
	interp.RegisterBinder("errors.AsType", func(fn *ssa.Function, m *interp.Machine) interp.Native {
		et := m.TypeOf(fn.TypeArgs()[0])
		pt := m.TypeOf(types.NewPointer(fn.TypeArgs()[0]))
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			if args[0].R == nil {
				return interp.Tuple(interp.Zero(et), interp.Bool(false))
			}
			cell := new(interp.Value)
			*cell = interp.Zero(et)
			target := interp.MakeIface(pt, interp.Value{R: cell})
			ok := errorsAsLoop(t, errKinds(t.Machine()), args[0], target, cell, et)
			if !ok {
				return interp.Tuple(interp.Zero(et), interp.Bool(false))
			}
			return interp.Tuple(interp.Copy(et, *cell), interp.Bool(true))
		}
	})
}
