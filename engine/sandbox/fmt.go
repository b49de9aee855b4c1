// fmt.go: the natives of package fmt. The printer itself is in fmtprint.go
// and fmtformat.go.

package sandbox

import (
	"go/types"

	"interleave/engine/interp"
)

func init() {
	printer := func(name string, run func(p *pp, args []interp.Value)) {
		// Sprint-like: the result is the string.
		interp.Register("fmt."+name, func(t *interp.Thread, args []interp.Value) interp.Value {
			p := newPrinter(t)
			run(p, args)
			return interp.String(string(p.buf))
		})
	}
	printf := func(p *pp, args []interp.Value) { p.doPrintf(args[0].Str(), argList(args[1])) }
	print := func(p *pp, args []interp.Value) { p.doPrint(argList(args[0])) }
	println := func(p *pp, args []interp.Value) { p.doPrintln(argList(args[0])) }
	printer("Sprintf", printf)
	printer("Sprint", print)
	printer("Sprintln", println)

	// Print-like: to stdout.
	stdout := func(name string, run func(p *pp, args []interp.Value)) {
		interp.Register("fmt."+name, restartable(func(t *interp.Thread, args []interp.Value) interp.Value {
			if calledByProgram(t) && t.Preempt() {
				return interp.Value{}
			}
			p := newPrinter(t)
			run(p, args)
			if out, redirected := stdoutFile(t); redirected {
				// The program assigned os.Stdout.
				return writeTo(t, out, p.buf)
			}
			t.Write(1, p.buf)
			return interp.Tuple(interp.Int(int64(len(p.buf))), interp.Value{})
		}))
	}
	stdout("Printf", printf)
	stdout("Print", print)
	stdout("Println", println)

	// Fprint-like: to an io.Writer.
	writer := func(name string, run func(p *pp, args []interp.Value)) {
		interp.Register("fmt."+name, restartable(func(t *interp.Thread, args []interp.Value) interp.Value {
			if calledByProgram(t) && t.Preempt() {
				return interp.Value{}
			}
			// A write that blocked runs again with the text it had
			// formatted: String methods are not called twice.
			buf, ok := takeResume(t).([]byte)
			if !ok {
				p := newPrinter(t)
				run(p, args[1:])
				buf = append([]byte(nil), p.buf...)
			}
			saveResume(t, buf)
			return writeTo(t, args[0], buf)
		}))
	}
	writer("Fprintf", printf)
	writer("Fprint", print)
	writer("Fprintln", println)

	// Append-like.
	appender := func(name string, run func(p *pp, args []interp.Value)) {
		interp.Register("fmt."+name, func(t *interp.Thread, args []interp.Value) interp.Value {
			p := newPrinter(t)
			run(p, args[1:])
			return interp.Value{R: t.Append(byteType(t.Machine()), args[0].Elems(), interp.MakeBytes(p.buf).Elems())}
		})
	}
	appender("Appendf", printf)
	appender("Append", print)
	appender("Appendln", println)

	interp.Register("fmt.Errorf", errorf)
	interp.Register("fmt.FormatString", func(t *interp.Thread, args []interp.Value) interp.Value {
		st := args[0].Iface()
		b := []byte{'%'}
		flag := st.T.Method("Flag")
		for _, c := range " +-#0" {
			if t.CallFunc(flag, nil, st.V, interp.Int(int64(c))).Bool() {
				b = append(b, byte(c))
			}
		}
		if r := t.CallFunc(st.T.Method("Width"), nil, st.V).Elems(); r[1].Bool() {
			b = append(b, []byte(itoa(r[0].Int()))...)
		}
		if r := t.CallFunc(st.T.Method("Precision"), nil, st.V).Elems(); r[1].Bool() {
			b = append(b, '.')
			b = append(b, []byte(itoa(r[0].Int()))...)
		}
		b = append(b, string(rune(args[1].Int()))...)
		return interp.String(string(b))
	})
}

// argList turns a ...any argument into the printer's arguments.
func argList(v interp.Value) []fval {
	vs := v.Elems()
	a := make([]fval, len(vs))
	for i, x := range vs {
		a[i] = argOf(x)
	}
	return a
}

// stdoutFile returns the *os.File in os.Stdout as an io.Writer, and
// whether the program has replaced the standard output with it.
func stdoutFile(t *interp.Thread) (interp.Value, bool) {
	m := t.Machine()
	cell := m.Global("os", "Stdout")
	if cell == nil {
		return interp.Value{}, false
	}
	if fd, ok := fileTable(m)[cell.Ptr()]; ok && fd == 1 {
		return interp.Value{}, false
	}
	ft := m.TypeOf(types.NewPointer(m.LookupType("os", "File").T))
	return interp.MakeIface(ft, *cell), true
}

// writeTo writes b to the io.Writer w and returns Write's (n, err).
func writeTo(t *interp.Thread, w interp.Value, b []byte) interp.Value {
	return nr(ioWrite(t, w, b))
}

// errorf is fmt.Errorf: %w wraps its operands.
func errorf(t *interp.Thread, args []interp.Value) interp.Value {
	p := newPrinter(t)
	p.wrapErrs = true
	a := argList(args[1])
	p.doPrintf(args[0].Str(), a)
	s := string(p.buf)
	m := t.Machine()
	errT := types.Universe.Lookup("error").Type()
	switch len(p.wrappedErrs) {
	case 0:
		return newError(m, s)
	case 1:
		var e interp.Value
		if arg := a[p.wrappedErrs[0]]; arg.valid() && p.k.error.Implements(arg.t) {
			e = interp.MakeIface(arg.t, arg.v)
		}
		wt := m.NativeType("fmt", "wrapError", structOf("msg", types.Typ[types.String], "err", errT), true, []interp.Method{
			{Name: "Error", Results: []types.Type{types.Typ[types.String]}, Fn: field0},
			{Name: "Unwrap", Results: []types.Type{errT}, Fn: field1},
		})
		return interp.MakeIface(wt, interp.Value{R: &interp.Value{R: []interp.Value{interp.String(s), e}}})
	}
	idx := p.wrappedErrs
	if p.reordered {
		sortInts(idx)
	}
	var errs []interp.Value
	for i, n := range idx {
		if i > 0 && idx[i-1] == n {
			continue
		}
		if arg := a[n]; arg.valid() && p.k.error.Implements(arg.t) {
			errs = append(errs, interp.MakeIface(arg.t, arg.v))
		}
	}
	var ev interp.Value
	if errs != nil {
		ev = interp.Value{R: errs}
	}
	wt := m.NativeType("fmt", "wrapErrors", structOf("msg", types.Typ[types.String], "errs", types.NewSlice(errT)), true, []interp.Method{
		{Name: "Error", Results: []types.Type{types.Typ[types.String]}, Fn: field0},
		{Name: "Unwrap", Results: []types.Type{types.NewSlice(errT)}, Fn: field1},
	})
	return interp.MakeIface(wt, interp.Value{R: &interp.Value{R: []interp.Value{interp.String(s), ev}}})
}

// field0 and field1 return a field of the struct a pointer receiver points
// to: the methods of natives' error types.
func field0(t *interp.Thread, args []interp.Value) interp.Value { return args[0].Ptr().Elems()[0] }
func field1(t *interp.Thread, args []interp.Value) interp.Value { return args[0].Ptr().Elems()[1] }
