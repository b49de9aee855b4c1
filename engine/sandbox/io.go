// io.go: the natives of package io (the pipe is in pipe.go): ports of Go's
// helpers onto the program's readers and writers.

package sandbox

import (
	"go/types"

	"interleave/engine/interp"
)

// subslice returns p[i:j] of the program's slice p.
func subslice(p interp.Value, i, j int) interp.Value { return interp.Value{R: p.Elems()[i:j]} }

// callRW calls a Read-like or Write-like method (Read, Write, ReadAt,
// WriteAt) of the interface value v, returning (n, err).
func callRW(t *interp.Thread, v interp.Value, name string, args ...interp.Value) (int, interp.Value) {
	r := callMethod(t, ifaceOf(t, v), name, args...).Elems()
	return int(r[0].Int()), r[1]
}

// copyState is what io.Copy has done before a read or write that blocked.
type copyState struct {
	written int64
	pending []byte // read but not yet written
}

// ioCopy is Go's copyBuffer with a buffer of size bytes, reading at most
// limit bytes (-1: no limit).
func ioCopy(t *interp.Thread, dst, src interp.Value, size int, limit int64, useInterfaces bool) (int64, interp.Value) {
	if useInterfaces {
		// A delegate keeps its own resume state across restarts.
		if si := ifaceOf(t, src); si.T.Method("WriteTo") != nil {
			r := callMethod(t, si, "WriteTo", dst).Elems()
			return r[0].Int(), r[1]
		}
		if di := ifaceOf(t, dst); di.T.Method("ReadFrom") != nil {
			if _, std := fileFD(t.Machine(), di); !std {
				r := callMethod(t, di, "ReadFrom", src).Elems()
				return r[0].Int(), r[1]
			}
		}
	}
	st, _ := takeResume(t).(*copyState)
	if st == nil {
		st = new(copyState)
	}
	buf := make([]byte, size)
	for {
		var nr int
		var er interp.Value
		if st.pending == nil {
			p := buf
			if limit >= 0 {
				if limit-st.written <= 0 {
					// The LimitedReader's EOF ends the copy.
					return st.written, interp.Value{}
				}
				p = buf[:min(int64(len(buf)), limit-st.written)]
			}
			saveResume(t, st)
			nr, er = ioRead(t, src, p)
			if nr < 0 || nr > len(p) {
				t.RuntimeError("slice bounds out of range")
			}
			st.pending = buf[:nr]
		} else {
			nr = len(st.pending)
		}
		if nr > 0 {
			saveResume(t, st)
			nw, ew := ioWrite(t, dst, st.pending)
			if nw < 0 || nr < nw {
				nw = 0
				if ew.R == nil {
					ew = newError(t.Machine(), "invalid write result")
				}
			}
			st.written += int64(nw)
			st.pending = nil
			if ew.R != nil {
				return st.written, ew
			}
			if nr != nw {
				return st.written, libErr(t, "io", "ErrShortWrite")
			}
		}
		st.pending = nil
		if er.R != nil {
			if isErr(t, er, "io", "EOF") {
				return st.written, interp.Value{}
			}
			return st.written, er
		}
	}
}

func init() {
	interp.Register("io.Copy", restartable(func(t *interp.Thread, args []interp.Value) interp.Value {
		n, err := ioCopy(t, args[0], args[1], 32*1024, -1, true)
		return interp.Tuple(interp.Int(n), err)
	}))
	interp.Register("io.CopyBuffer", restartable(func(t *interp.Thread, args []interp.Value) interp.Value {
		size := 32 * 1024
		if args[2].R != nil {
			size = len(args[2].Elems())
			if size == 0 {
				panicStr(t, "empty buffer in CopyBuffer")
			}
		}
		n, err := ioCopy(t, args[0], args[1], size, -1, true)
		return interp.Tuple(interp.Int(n), err)
	}))
	interp.Register("io.CopyN", restartable(func(t *interp.Thread, args []interp.Value) interp.Value {
		limit := args[2].Int()
		size := int64(32 * 1024)
		if limit < size {
			size = max(limit, 1)
		}
		n, err := ioCopy(t, args[0], args[1], int(size), max(limit, 0), false)
		if n == limit {
			return interp.Tuple(interp.Int(n), interp.Value{})
		}
		if n < limit && err.R == nil {
			err = libErr(t, "io", "EOF")
		}
		return interp.Tuple(interp.Int(n), err)
	}))
	interp.Register("io.ReadAll", restartable(func(t *interp.Thread, args []interp.Value) interp.Value {
		b, _ := takeResume(t).([]byte)
		if b == nil {
			b = make([]byte, 0, 512)
		}
		for {
			saveResume(t, b)
			n, err := ioRead(t, args[0], b[len(b):cap(b)])
			if n < 0 || n > cap(b)-len(b) {
				t.RuntimeError("slice bounds out of range")
			}
			t.Alloc(int64(n))
			b = b[:len(b)+n]
			if err.R != nil {
				if isErr(t, err, "io", "EOF") {
					err = interp.Value{}
				}
				out := interp.MakeBytes(b)
				return interp.Tuple(out, err)
			}
			if len(b) == cap(b) {
				b = append(b, 0)[:len(b)]
			}
		}
	}))
	readAtLeast := func(t *interp.Thread, r, buf interp.Value, least int) interp.Value {
		p := buf.Elems()
		if len(p) < least {
			return nr(0, libErr(t, "io", "ErrShortBuffer"))
		}
		n, _ := takeResume(t).(int)
		var err interp.Value
		for n < least && err.R == nil {
			saveResume(t, n)
			var nn int
			nn, err = callRW(t, r, "Read", subslice(buf, n, len(p)))
			n += nn
		}
		if n >= least {
			err = interp.Value{}
		} else if n > 0 && isErr(t, err, "io", "EOF") {
			err = libErr(t, "io", "ErrUnexpectedEOF")
		}
		return nr(n, err)
	}
	interp.Register("io.ReadAtLeast", restartable(func(t *interp.Thread, args []interp.Value) interp.Value {
		return readAtLeast(t, args[0], args[1], int(args[2].Int()))
	}))
	interp.Register("io.ReadFull", restartable(func(t *interp.Thread, args []interp.Value) interp.Value {
		return readAtLeast(t, args[0], args[1], len(args[1].Elems()))
	}))
	interp.Register("io.WriteString", restartable(func(t *interp.Thread, args []interp.Value) interp.Value {
		return nr(ioWriteString(t, args[0], args[1].Str()))
	}))

	// LimitedReader, SectionReader and OffsetWriter are the program's
	// structs, run by Go's code on their fields.
	interp.Register("io.LimitReader", func(t *interp.Thread, args []interp.Value) interp.Value {
		m := t.Machine()
		lt := m.TypeOf(types.NewPointer(m.LookupType("io", "LimitedReader").T))
		return interp.MakeIface(lt, interp.Value{R: &interp.Value{R: []interp.Value{args[0], args[1]}}})
	})
	interp.Register("(*io.LimitedReader).Read", func(t *interp.Thread, args []interp.Value) interp.Value {
		f := recvFields(t, args)
		if f[1].Int() <= 0 {
			return nr(0, libErr(t, "io", "EOF"))
		}
		p := args[1]
		if int64(len(p.Elems())) > f[1].Int() {
			p = subslice(p, 0, int(f[1].Int()))
		}
		n, err := callRW(t, f[0], "Read", p)
		f[1] = interp.Int(f[1].Int() - int64(n))
		return nr(n, err)
	})
	// SectionReader: {r ReaderAt; base, off, limit, n int64}.
	interp.Register("io.NewSectionReader", func(t *interp.Thread, args []interp.Value) interp.Value {
		off, n := args[1].Int(), args[2].Int()
		const maxint64 = 1<<63 - 1
		remaining := int64(maxint64)
		if off <= maxint64-n {
			remaining = n + off
		}
		return interp.Value{R: &interp.Value{R: []interp.Value{args[0], interp.Int(off), interp.Int(off), interp.Int(remaining), interp.Int(n)}}}
	})
	interp.Register("(*io.SectionReader).Read", func(t *interp.Thread, args []interp.Value) interp.Value {
		f := recvFields(t, args)
		off, limit := f[2].Int(), f[3].Int()
		if off >= limit {
			return nr(0, libErr(t, "io", "EOF"))
		}
		p := args[1]
		if m := limit - off; int64(len(p.Elems())) > m {
			p = subslice(p, 0, int(m))
		}
		n, err := callRW(t, f[0], "ReadAt", p, interp.Int(off))
		f[2] = interp.Int(off + int64(n))
		return nr(n, err)
	})
	interp.Register("(*io.SectionReader).Seek", func(t *interp.Thread, args []interp.Value) interp.Value {
		f := recvFields(t, args)
		return seekFields(t, f, args[1].Int(), args[2].Int(), &f[3])
	})
	interp.Register("(*io.SectionReader).ReadAt", func(t *interp.Thread, args []interp.Value) interp.Value {
		f := recvFields(t, args)
		off := args[2].Int()
		if off < 0 || off >= f[3].Int()-f[1].Int() {
			return nr(0, libErr(t, "io", "EOF"))
		}
		off += f[1].Int()
		p := args[1]
		if m := f[3].Int() - off; int64(len(p.Elems())) > m {
			n, err := callRW(t, f[0], "ReadAt", subslice(p, 0, int(m)), interp.Int(off))
			if err.R == nil {
				err = libErr(t, "io", "EOF")
			}
			return nr(n, err)
		}
		return nr(callRW(t, f[0], "ReadAt", p, interp.Int(off)))
	})
	interp.Register("(*io.SectionReader).Size", func(t *interp.Thread, args []interp.Value) interp.Value {
		f := recvFields(t, args)
		return interp.Int(f[3].Int() - f[1].Int())
	})
	interp.Register("(*io.SectionReader).Outer", func(t *interp.Thread, args []interp.Value) interp.Value {
		f := recvFields(t, args)
		return interp.Tuple(f[0], f[1], f[4])
	})
	// OffsetWriter: {w WriterAt; base, off int64}.
	interp.Register("io.NewOffsetWriter", func(t *interp.Thread, args []interp.Value) interp.Value {
		return interp.Value{R: &interp.Value{R: []interp.Value{args[0], args[1], args[1]}}}
	})
	interp.Register("(*io.OffsetWriter).Write", func(t *interp.Thread, args []interp.Value) interp.Value {
		f := recvFields(t, args)
		n, err := callRW(t, f[0], "WriteAt", args[1], f[2])
		f[2] = interp.Int(f[2].Int() + int64(n))
		return nr(n, err)
	})
	interp.Register("(*io.OffsetWriter).WriteAt", func(t *interp.Thread, args []interp.Value) interp.Value {
		f := recvFields(t, args)
		off := args[2].Int()
		if off < 0 {
			return nr(0, errOffset(t))
		}
		return nr(callRW(t, f[0], "WriteAt", args[1], interp.Int(off+f[1].Int())))
	})
	interp.Register("(*io.OffsetWriter).Seek", func(t *interp.Thread, args []interp.Value) interp.Value {
		return seekFields(t, recvFields(t, args), args[1].Int(), args[2].Int(), nil)
	})

	interp.Register("io.MultiReader", func(t *interp.Thread, args []interp.Value) interp.Value {
		rs := append([]interp.Value(nil), args[0].Elems()...)
		return interp.MakeIface(multiReaderType(t), interp.Value{R: &interp.Value{R: []interp.Value{{R: rs}}}})
	})
	interp.Register("io.MultiWriter", func(t *interp.Thread, args []interp.Value) interp.Value {
		var ws []interp.Value
		for _, w := range args[0].Elems() {
			if i := w.Iface(); i != nil && i.T == multiWriterType(t) {
				ws = append(ws, i.V.Ptr().Elems()[0].Elems()...)
				continue
			}
			ws = append(ws, w)
		}
		return interp.MakeIface(multiWriterType(t), interp.Value{R: &interp.Value{R: []interp.Value{{R: ws}}}})
	})
	interp.Register("io.TeeReader", func(t *interp.Thread, args []interp.Value) interp.Value {
		return interp.MakeIface(teeReaderType(t), interp.Value{R: &interp.Value{R: []interp.Value{args[0], args[1]}}})
	})
	interp.Register("io.NopCloser", func(t *interp.Thread, args []interp.Value) interp.Value {
		if hasMethod(args[0], "WriteTo") {
			return interp.MakeIface(nopCloserType(t, true), interp.Value{R: []interp.Value{args[0]}})
		}
		return interp.MakeIface(nopCloserType(t, false), interp.Value{R: []interp.Value{args[0]}})
	})
	interp.RegisterGlobal("io.Discard", func(m *interp.Machine, _ *interp.Type) interp.Value {
		return interp.MakeIface(discardType(m), interp.Value{R: []interp.Value{}})
	})
	hostWriters["io.discard"] = func(t *interp.Thread, v interp.Value, p []byte) (int, interp.Value) {
		return len(p), interp.Value{}
	}
}

// ioVar returns io's unexported error variable name (errWhence), made once
// per run.
func ioVar(t *interp.Thread, name, text string) interp.Value {
	return t.Machine().State("io."+name, func() any { return newError(t.Machine(), text) }).(interp.Value)
}

var (
	readerT = func(m *interp.Machine) types.Type { return m.LookupType("io", "Reader").T }
	writerT = func(m *interp.Machine) types.Type { return m.LookupType("io", "Writer").T }
	errT    = types.Universe.Lookup("error").Type()
	intT    = types.Typ[types.Int]
	int64T  = types.Typ[types.Int64]
	bytesT  = types.NewSlice(types.Typ[types.Byte])
)

func multiReaderType(t *interp.Thread) *interp.Type {
	m := t.Machine()
	return m.NativeType("io", "multiReader", structOf("readers", types.NewSlice(readerT(m))), true, []interp.Method{
		{Name: "Read", Params: []types.Type{bytesT}, Results: []types.Type{intT, errT}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			f := recvFields(t, args)
			for len(f[0].Elems()) > 0 {
				rs := f[0].Elems()
				n, err := callRW(t, rs[0], "Read", args[1])
				eof := isErr(t, err, "io", "EOF")
				if eof {
					f[0] = interp.Value{R: rs[1:]}
				}
				if n > 0 || !eof {
					if eof && len(rs) > 1 {
						err = interp.Value{}
					}
					return nr(n, err)
				}
			}
			return nr(0, libErr(t, "io", "EOF"))
		}},
	})
}

func multiWriterType(t *interp.Thread) *interp.Type {
	m := t.Machine()
	write := func(t *interp.Thread, args []interp.Value, str bool) interp.Value {
		p := args[1]
		var size int
		if str {
			size = len(p.Str())
		} else {
			size = len(p.Elems())
		}
		for _, w := range recvFields(t, args)[0].Elems() {
			var n int
			var err interp.Value
			if str {
				n, err = ioWriteString(t, w, p.Str())
			} else {
				n, err = callRW(t, w, "Write", p)
			}
			if err.R != nil {
				return nr(n, err)
			}
			if n != size {
				return nr(n, libErr(t, "io", "ErrShortWrite"))
			}
		}
		return nr(size, interp.Value{})
	}
	return m.NativeType("io", "multiWriter", structOf("writers", types.NewSlice(writerT(m))), true, []interp.Method{
		{Name: "Write", Params: []types.Type{bytesT}, Results: []types.Type{intT, errT}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			return write(t, args, false)
		}},
		{Name: "WriteString", Params: []types.Type{types.Typ[types.String]}, Results: []types.Type{intT, errT}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			return write(t, args, true)
		}},
	})
}

func teeReaderType(t *interp.Thread) *interp.Type {
	m := t.Machine()
	return m.NativeType("io", "teeReader", structOf("r", readerT(m), "w", writerT(m)), true, []interp.Method{
		{Name: "Read", Params: []types.Type{bytesT}, Results: []types.Type{intT, errT}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			f := recvFields(t, args)
			n, err := callRW(t, f[0], "Read", args[1])
			if n > 0 {
				if n, err := callRW(t, f[1], "Write", subslice(args[1], 0, n)); err.R != nil {
					return nr(n, err)
				}
			}
			return nr(n, err)
		}},
	})
}

func nopCloserType(t *interp.Thread, writerTo bool) *interp.Type {
	m := t.Machine()
	name := "nopCloser"
	if writerTo {
		name = "nopCloserWriterTo"
	}
	methods := []interp.Method{
		{Name: "Read", Params: []types.Type{bytesT}, Results: []types.Type{intT, errT}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			return nr(callRW(t, args[0].Elems()[0], "Read", args[1]))
		}},
		{Name: "Close", Results: []types.Type{errT}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			return interp.Value{}
		}},
	}
	if writerTo {
		methods = append(methods, interp.Method{Name: "WriteTo", Params: []types.Type{writerT(m)}, Results: []types.Type{int64T, errT}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			return callMethod(t, ifaceOf(t, args[0].Elems()[0]), "WriteTo", args[1])
		}})
	}
	return m.NativeType("io", name, structOf("Reader", readerT(m)), false, methods)
}

func discardType(m *interp.Machine) *interp.Type {
	return m.NativeType("io", "discard", types.NewStruct(nil, nil), false, []interp.Method{
		{Name: "Write", Params: []types.Type{bytesT}, Results: []types.Type{intT, errT}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			return nr(len(args[1].Elems()), interp.Value{})
		}},
		{Name: "WriteString", Params: []types.Type{types.Typ[types.String]}, Results: []types.Type{intT, errT}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			return nr(len(args[1].Str()), interp.Value{})
		}},
	})
}

func errWhence(t *interp.Thread) interp.Value { return ioVar(t, "errWhence", "Seek: invalid whence") }
func errOffset(t *interp.Thread) interp.Value { return ioVar(t, "errOffset", "Seek: invalid offset") }

// seekFields is Seek of an io.SectionReader or io.OffsetWriter, whose
// fields f hold the base (f[1]) and the offset (f[2]); end is the limit
// that io.SeekEnd counts from, nil where that whence is invalid.
func seekFields(t *interp.Thread, f []interp.Value, offset, whence int64, end *interp.Value) interp.Value {
	switch {
	case whence == 0:
		offset += f[1].Int()
	case whence == 1:
		offset += f[2].Int()
	case whence == 2 && end != nil:
		offset += end.Int()
	default:
		return interp.Tuple(interp.Int(0), errWhence(t))
	}
	if offset < f[1].Int() {
		return interp.Tuple(interp.Int(0), errOffset(t))
	}
	f[2] = interp.Int(offset)
	return interp.Tuple(interp.Int(offset-f[1].Int()), interp.Value{})
}
