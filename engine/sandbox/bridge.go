// bridge.go: natives that call the host's own implementation of a pure
// function (strings.ToUpper, math.Sqrt, strconv.Atoi), converting the
// arguments and results between interpreter values and host values by type.

package sandbox

import (
	"bufio"
	"bytes"
	"fmt"
	"go/types"
	"io"
	"io/fs"
	"os"
	"reflect"
	"runtime"
	"strconv"
	"unicode"

	"golang.org/x/tools/go/ssa"

	"interleave/engine/interp"
)

// pure registers fn, a host function, as the native of the library function
// name. Its parameter and result types must be ones the bridge converts:
// basic kinds, slices of them, func callbacks, *unicode.RangeTable, error.
func pure(name string, fn any) {
	fv := reflect.ValueOf(fn)
	interp.RegisterBinder(name, func(sf *ssa.Function, m *interp.Machine) interp.Native {
		call := bridge(fv.Type(), sf.Signature, m)
		return func(t *interp.Thread, args []interp.Value) interp.Value { return call(t, fv, args) }
	})
}

// hostMethod registers the native of name as a call of the host method
// named method on the host value that recv finds from the arguments; recv
// also returns the arguments left for the method.
func hostMethod(name, method string, recv func(t *interp.Thread, args []interp.Value) (any, []interp.Value)) {
	interp.RegisterBinder(name, func(sf *ssa.Function, m *interp.Machine) interp.Native {
		var call func(t *interp.Thread, fv reflect.Value, args []interp.Value) interp.Value
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			r, rest := recv(t, args)
			fv := reflect.ValueOf(r).MethodByName(method)
			if call == nil {
				call = bridge(fv.Type(), sf.Signature, m)
			}
			return call(t, fv, rest)
		}
	})
}

// bridge returns a call of a host function of type ft for a library
// function of signature sig.
func bridge(ft reflect.Type, sig *types.Signature, m *interp.Machine) func(t *interp.Thread, fv reflect.Value, args []interp.Value) interp.Value {
	ins := make([]toHostFunc, ft.NumIn())
	for i := range ins {
		ins[i] = toHost(ft.In(i))
	}
	outs := make([]fromHostFunc, ft.NumOut())
	for i := range outs {
		outs[i] = fromHost(ft.Out(i), m.TypeOf(sig.Results().At(i).Type()))
	}
	return func(t *interp.Thread, fv reflect.Value, args []interp.Value) interp.Value {
		in := make([]reflect.Value, len(args))
		for i, a := range args {
			in[i] = ins[i](t, a)
		}
		var res []reflect.Value
		func() {
			defer hostPanic(t)
			if ft.IsVariadic() {
				res = fv.CallSlice(in)
			} else {
				res = fv.Call(in)
			}
		}()
		switch len(res) {
		case 0:
			return interp.Value{}
		case 1:
			return outs[0](t, res[0])
		}
		vs := make([]interp.Value, len(res))
		for i, r := range res {
			vs[i] = outs[i](t, r)
		}
		return interp.Tuple(vs...)
	}
}

// hostPanic turns a panic of host library code into the same Go panic of
// the program: a string or error value, or a runtime error.
func hostPanic(t *interp.Thread) {
	r := recover()
	if r == nil {
		return
	}
	if interp.IsControl(r) {
		panic(r) // a panic of the program's callback, going on
	}
	switch r := r.(type) {
	case runtime.Error:
		panic(r)
	case string:
		t.Panic(interp.MakeIface(t.Machine().TypeOf(types.Typ[types.String]), interp.String(r)))
	case error:
		t.Panic(fromHostError(t.Machine(), r))
	default:
		t.Panic(interp.MakeIface(t.Machine().TypeOf(types.Typ[types.String]), interp.String(fmt.Sprint(r))))
	}
	panic(r)
}

type toHostFunc func(t *interp.Thread, v interp.Value) reflect.Value
type fromHostFunc func(t *interp.Thread, v reflect.Value) interp.Value

var rangeTablePtr = reflect.TypeOf((*unicode.RangeTable)(nil))

func toHost(rt reflect.Type) toHostFunc {
	switch rt.Kind() {
	case reflect.Bool:
		return func(_ *interp.Thread, v interp.Value) reflect.Value { return reflect.ValueOf(v.Bool()).Convert(rt) }
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return func(_ *interp.Thread, v interp.Value) reflect.Value { return reflect.ValueOf(v.Int()).Convert(rt) }
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return func(_ *interp.Thread, v interp.Value) reflect.Value { return reflect.ValueOf(v.Uint()).Convert(rt) }
	case reflect.Float32, reflect.Float64:
		return func(_ *interp.Thread, v interp.Value) reflect.Value { return reflect.ValueOf(v.Float()).Convert(rt) }
	case reflect.Complex64, reflect.Complex128:
		return func(_ *interp.Thread, v interp.Value) reflect.Value { return reflect.ValueOf(v.Complex()).Convert(rt) }
	case reflect.String:
		return func(_ *interp.Thread, v interp.Value) reflect.Value { return reflect.ValueOf(v.Str()).Convert(rt) }
	case reflect.Slice:
		if rt.Elem().Kind() == reflect.Uint8 {
			return func(_ *interp.Thread, v interp.Value) reflect.Value {
				if v.R == nil {
					return reflect.Zero(rt)
				}
				return reflect.ValueOf(interp.BytesOf(v)).Convert(rt)
			}
		}
		elem := toHost(rt.Elem())
		return func(t *interp.Thread, v interp.Value) reflect.Value {
			vs := v.Elems()
			if vs == nil {
				return reflect.Zero(rt)
			}
			s := reflect.MakeSlice(rt, len(vs), len(vs))
			for i, e := range vs {
				s.Index(i).Set(elem(t, e))
			}
			return s
		}
	case reflect.Func:
		ins := make([]fromHostFunc, rt.NumIn())
		for i := range ins {
			ins[i] = fromHost(rt.In(i), nil)
		}
		outs := make([]toHostFunc, rt.NumOut())
		for i := range outs {
			outs[i] = toHost(rt.Out(i))
		}
		return func(t *interp.Thread, v interp.Value) reflect.Value {
			if v.R == nil {
				return reflect.Zero(rt)
			}
			return reflect.MakeFunc(rt, func(in []reflect.Value) []reflect.Value {
				args := make([]interp.Value, len(in))
				for i, x := range in {
					args[i] = ins[i](t, x)
				}
				r := t.Call(v, args...)
				switch len(outs) {
				case 0:
					return nil
				case 1:
					return []reflect.Value{outs[0](t, r)}
				}
				res := make([]reflect.Value, len(outs))
				for i, x := range r.Elems() {
					res[i] = outs[i](t, x)
				}
				return res
			})
		}
	case reflect.Pointer:
		if rt == rangeTablePtr {
			return func(t *interp.Thread, v interp.Value) reflect.Value {
				p := v.Ptr()
				if p == nil {
					return reflect.Zero(rt)
				}
				tab, ok := p.R.(*unicode.RangeTable)
				if !ok {
					t.Machine().Unsupported(t, "a *unicode.RangeTable made by the program")
				}
				return reflect.ValueOf(tab)
			}
		}
	}
	panic("sandbox: the bridge cannot pass a " + rt.String())
}

var errorType = reflect.TypeOf((*error)(nil)).Elem()

// fromHost converts host values of type rt to interpreter values of type it
// (it may be nil for basic kinds).
func fromHost(rt reflect.Type, it *interp.Type) fromHostFunc {
	switch rt.Kind() {
	case reflect.Bool:
		return func(_ *interp.Thread, v reflect.Value) interp.Value { return interp.Bool(v.Bool()) }
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return func(_ *interp.Thread, v reflect.Value) interp.Value { return interp.Int(v.Int()) }
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return func(_ *interp.Thread, v reflect.Value) interp.Value { return interp.Uint(v.Uint()) }
	case reflect.Float32, reflect.Float64:
		return func(_ *interp.Thread, v reflect.Value) interp.Value { return interp.Float(v.Float()) }
	case reflect.Complex64, reflect.Complex128:
		return func(_ *interp.Thread, v reflect.Value) interp.Value { return interp.Complex(v.Complex()) }
	case reflect.String:
		return func(_ *interp.Thread, v reflect.Value) interp.Value { return interp.String(v.String()) }
	case reflect.Slice:
		var et *interp.Type
		if it != nil {
			et = it.Elem
		}
		elem := fromHost(rt.Elem(), et)
		return func(t *interp.Thread, v reflect.Value) interp.Value {
			if v.IsNil() {
				return interp.Value{}
			}
			out := make([]interp.Value, v.Len(), v.Cap())
			for i := range out {
				out[i] = elem(t, v.Index(i))
			}
			return interp.Value{R: out}
		}
	case reflect.Interface:
		if rt == errorType {
			return func(t *interp.Thread, v reflect.Value) interp.Value {
				if v.IsNil() {
					return interp.Value{}
				}
				return fromHostError(t.Machine(), v.Interface().(error))
			}
		}
	}
	panic("sandbox: the bridge cannot return a " + rt.String())
}

// fromHostError converts an error of host library code to the program's
// value: the package's sentinel variables keep their identity,
// *strconv.NumError keeps its fields, and any other error becomes an
// errors.New of its text.
func fromHostError(m *interp.Machine, err error) interp.Value {
	for _, s := range sentinels {
		if err == s.err {
			if c := m.Global(s.pkg, s.name); c != nil {
				return *c
			}
		}
	}
	if ne, ok := err.(*strconv.NumError); ok {
		if nt := m.LookupType("strconv", "NumError"); nt != nil {
			cell := &interp.Value{R: []interp.Value{interp.String(ne.Func), interp.String(ne.Num), fromHostError(m, ne.Err)}}
			return interp.MakeIface(m.TypeOf(types.NewPointer(nt.T)), interp.Value{R: cell})
		}
	}
	return newError(m, err.Error())
}

// sentinels are the error variables of the library that host code returns.
var sentinels = []struct {
	pkg, name string
	err       error
}{
	{"strconv", "ErrSyntax", strconv.ErrSyntax},
	{"strconv", "ErrRange", strconv.ErrRange},
	{"io", "EOF", io.EOF},
	{"io", "ErrUnexpectedEOF", io.ErrUnexpectedEOF},
	{"io", "ErrShortWrite", io.ErrShortWrite},
	{"io", "ErrShortBuffer", io.ErrShortBuffer},
	{"io/fs", "ErrInvalid", fs.ErrInvalid},
	{"io/fs", "ErrPermission", fs.ErrPermission},
	{"io/fs", "ErrExist", fs.ErrExist},
	{"io/fs", "ErrNotExist", fs.ErrNotExist},
	{"io/fs", "ErrClosed", fs.ErrClosed},
	{"io/fs", "SkipDir", fs.SkipDir},
	{"io/fs", "SkipAll", fs.SkipAll},
	{"io", "ErrClosedPipe", io.ErrClosedPipe},
	{"io", "ErrNoProgress", io.ErrNoProgress},
	{"bufio", "ErrInvalidUnreadByte", bufio.ErrInvalidUnreadByte},
	{"bufio", "ErrInvalidUnreadRune", bufio.ErrInvalidUnreadRune},
	{"bufio", "ErrBufferFull", bufio.ErrBufferFull},
	{"bufio", "ErrNegativeCount", bufio.ErrNegativeCount},
	{"bufio", "ErrTooLong", bufio.ErrTooLong},
	{"bufio", "ErrNegativeAdvance", bufio.ErrNegativeAdvance},
	{"bufio", "ErrAdvanceTooFar", bufio.ErrAdvanceTooFar},
	{"bufio", "ErrBadReadCount", bufio.ErrBadReadCount},
	{"bufio", "ErrFinalToken", bufio.ErrFinalToken},
	{"bytes", "ErrTooLarge", bytes.ErrTooLarge},
	{"os", "ErrNoDeadline", os.ErrNoDeadline},
	{"os", "ErrDeadlineExceeded", os.ErrDeadlineExceeded},
	{"os", "ErrProcessDone", os.ErrProcessDone},
	{"os", "ErrNoHandle", os.ErrNoHandle},
}

// osAliases are os's error variables that are io/fs's.
var osAliases = []string{"ErrInvalid", "ErrPermission", "ErrExist", "ErrNotExist", "ErrClosed"}

func init() {
	for _, s := range sentinels {
		text := s.err.Error()
		interp.RegisterGlobal(s.pkg+"."+s.name, func(m *interp.Machine, _ *interp.Type) interp.Value {
			return newError(m, text)
		})
		if s.pkg == "io/fs" {
			// os.ErrNotExist and the others are the io/fs variables'
			// values: errors.Is(err, os.ErrNotExist) holds for either.
			interp.RegisterGlobal("os."+s.name, func(m *interp.Machine, _ *interp.Type) interp.Value {
				if c := m.Global(s.pkg, s.name); c != nil {
					return *c
				}
				return newError(m, text)
			})
		}
	}
	for _, name := range osAliases {
		interp.RegisterGlobal("os."+name, func(m *interp.Machine, _ *interp.Type) interp.Value {
			return *m.Global("io/fs", name)
		})
	}
}
