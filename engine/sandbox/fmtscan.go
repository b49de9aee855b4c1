// fmtscan.go: fmt's Scan, Fscan and Sscan families, by the host's fmt.

package sandbox

import (
	"fmt"
	"io"

	"interleave/engine/interp"
)

func init() {
	interp.Register("fmt.Sscan", func(t *interp.Thread, args []interp.Value) interp.Value {
		return scan(t, args[1], func(vars ...any) (int, error) { return fmt.Sscan(args[0].Str(), vars...) })
	})
	interp.Register("fmt.Sscanln", func(t *interp.Thread, args []interp.Value) interp.Value {
		return scan(t, args[1], func(vars ...any) (int, error) { return fmt.Sscanln(args[0].Str(), vars...) })
	})
	interp.Register("fmt.Sscanf", func(t *interp.Thread, args []interp.Value) interp.Value {
		return scan(t, args[2], func(vars ...any) (int, error) { return fmt.Sscanf(args[0].Str(), args[1].Str(), vars...) })
	})
	// The program's reader is read through a host adapter, so the host's
	// fmt reads it exactly as Go's does (rune by rune, with UnreadRune
	// when the reader has it).
	interp.Register("fmt.Fscan", func(t *interp.Thread, args []interp.Value) interp.Value {
		return scan(t, args[1], func(vars ...any) (int, error) { return fmt.Fscan(hostIOReader(t, args[0]), vars...) })
	})
	interp.Register("fmt.Fscanln", func(t *interp.Thread, args []interp.Value) interp.Value {
		return scan(t, args[1], func(vars ...any) (int, error) { return fmt.Fscanln(hostIOReader(t, args[0]), vars...) })
	})
	interp.Register("fmt.Fscanf", func(t *interp.Thread, args []interp.Value) interp.Value {
		return scan(t, args[2], func(vars ...any) (int, error) { return fmt.Fscanf(hostIOReader(t, args[0]), args[1].Str(), vars...) })
	})
	interp.Register("fmt.Scan", func(t *interp.Thread, args []interp.Value) interp.Value {
		return scan(t, args[0], func(vars ...any) (int, error) { return fmt.Fscan(stdin{t}, vars...) })
	})
	interp.Register("fmt.Scanln", func(t *interp.Thread, args []interp.Value) interp.Value {
		return scan(t, args[0], func(vars ...any) (int, error) { return fmt.Fscanln(stdin{t}, vars...) })
	})
	interp.Register("fmt.Scanf", func(t *interp.Thread, args []interp.Value) interp.Value {
		return scan(t, args[1], func(vars ...any) (int, error) { return fmt.Fscanf(stdin{t}, args[0].Str(), vars...) })
	})
}

// stdin is the program's standard input (os.Stdin, not a RuneScanner),
// empty in the playground.
type stdin struct{ t *interp.Thread }

func (s stdin) Read(p []byte) (int, error) { return s.t.Machine().ReadStdin(p) }

// progError carries an error value of the program through host code.
type progError struct{ v interp.Value }

func (e progError) Error() string { return "program error" }

// hostIOReader adapts the program's io.Reader r for host code: an
// io.RuneScanner if r has ReadRune and UnreadRune, else an io.Reader.
func hostIOReader(t *interp.Thread, r interp.Value) io.Reader {
	a := &readerAdapter{t, r}
	if hasMethod(r, "ReadRune") && hasMethod(r, "UnreadRune") {
		return runeAdapter{a}
	}
	return a
}

type readerAdapter struct {
	t *interp.Thread
	r interp.Value
}

func (a *readerAdapter) hostErr(err interp.Value) error {
	switch {
	case err.R == nil:
		return nil
	case isErr(a.t, err, "io", "EOF"):
		return io.EOF
	}
	return progError{err}
}

func (a *readerAdapter) Read(p []byte) (int, error) {
	n, err := ioRead(a.t, a.r, p)
	return n, a.hostErr(err)
}

type runeAdapter struct{ *readerAdapter }

func (a runeAdapter) ReadRune() (rune, int, error) {
	r := callMethod(a.t, ifaceOf(a.t, a.r), "ReadRune").Elems()
	return rune(r[0].Int()), int(r[1].Int()), a.hostErr(r[2])
}

func (a runeAdapter) UnreadRune() error {
	return a.hostErr(callMethod(a.t, ifaceOf(a.t, a.r), "UnreadRune"))
}

// scan runs the host's scanner on host variables of the kinds the
// program's pointers point to, then stores what it read through them. The
// scanning itself is therefore exactly Go's.
func scan(t *interp.Thread, ptrs interp.Value, host func(vars ...any) (int, error)) interp.Value {
	m := t.Machine()
	vars := make([]any, 0, len(ptrs.Elems()))
	cells := make([]*interp.Value, 0, len(ptrs.Elems()))
	types := make([]*interp.Type, 0, len(ptrs.Elems()))
	for _, a := range ptrs.Elems() {
		i := a.Iface()
		if i == nil || i.T.Kind != interp.KPointer {
			return interp.Tuple(interp.Int(0), newError(m, "can't scan type: "+typeName(i)))
		}
		v := hostScanVar(i.T.Elem)
		if v == nil {
			return interp.Tuple(interp.Int(0), newError(m, "can't scan type: "+reflectName(i.T)))
		}
		if i.V.Ptr() == nil {
			t.NilDeref()
		}
		vars = append(vars, v)
		cells = append(cells, i.V.Ptr())
		types = append(types, i.T.Elem)
	}
	n, err := host(vars...)
	for k := 0; k < n && k < len(cells); k++ {
		*cells[k] = fromHostScanVar(types[k], vars[k])
	}
	var e interp.Value
	if pe, ok := err.(progError); ok {
		e = pe.v
	} else if err != nil {
		e = fromHostError(m, err)
	}
	return interp.Tuple(interp.Int(int64(n)), e)
}

// reflectName is the name reflect gives t: "*interface {}" for *any.
func reflectName(t *interp.Type) string {
	if t.Kind == interp.KPointer && t.Elem.Kind == interp.KInterface && t.Elem.Name == "any" {
		return "*interface {}"
	}
	return t.Name
}

func typeName(i *interp.Iface) string {
	if i == nil {
		return "<nil>"
	}
	return i.T.Name
}

func hostScanVar(t *interp.Type) any {
	switch t.Kind {
	case interp.KBool:
		return new(bool)
	case interp.KInt, interp.KInt64:
		return new(int64)
	case interp.KInt8:
		return new(int8)
	case interp.KInt16:
		return new(int16)
	case interp.KInt32:
		return new(int32)
	case interp.KUint, interp.KUint64, interp.KUintptr:
		return new(uint64)
	case interp.KUint8:
		return new(uint8)
	case interp.KUint16:
		return new(uint16)
	case interp.KUint32:
		return new(uint32)
	case interp.KFloat32:
		return new(float32)
	case interp.KFloat64:
		return new(float64)
	case interp.KString:
		return new(string)
	case interp.KSlice:
		if t.Elem.Kind == interp.KUint8 {
			return new([]byte)
		}
	case interp.KComplex64, interp.KComplex128:
		return new(complex128)
	}
	return nil
}

func fromHostScanVar(t *interp.Type, v any) interp.Value {
	switch p := v.(type) {
	case *bool:
		return interp.Bool(*p)
	case *int64:
		return interp.Int(*p)
	case *int8:
		return interp.Int(int64(*p))
	case *int16:
		return interp.Int(int64(*p))
	case *int32:
		return interp.Int(int64(*p))
	case *uint64:
		return interp.Uint(*p)
	case *uint8:
		return interp.Uint(uint64(*p))
	case *uint16:
		return interp.Uint(uint64(*p))
	case *uint32:
		return interp.Uint(uint64(*p))
	case *float32:
		return interp.Float(float64(*p))
	case *float64:
		return interp.Float(*p)
	case *string:
		return interp.String(*p)
	case *[]byte:
		return bytesOrNil(*p)
	case *complex128:
		return interp.Complex(*p)
	}
	return interp.Value{}
}
