// bytes.go: the natives of package bytes.

package sandbox

import (
	"bytes"
	"slices"
	"unicode"

	"interleave/engine/interp"
)

func init() {
	pure("bytes.Clone", bytes.Clone)
	pure("bytes.Compare", bytes.Compare)
	pure("bytes.Contains", bytes.Contains)
	pure("bytes.ContainsAny", bytes.ContainsAny)
	pure("bytes.ContainsFunc", bytes.ContainsFunc)
	pure("bytes.ContainsRune", bytes.ContainsRune)
	pure("bytes.Count", bytes.Count)
	pure("bytes.Cut", bytes.Cut)
	pure("bytes.CutPrefix", bytes.CutPrefix)
	pure("bytes.CutSuffix", bytes.CutSuffix)
	pure("bytes.Equal", bytes.Equal)
	pure("bytes.EqualFold", bytes.EqualFold)
	pure("bytes.Fields", bytes.Fields)
	pure("bytes.FieldsFunc", bytes.FieldsFunc)
	pure("bytes.HasPrefix", bytes.HasPrefix)
	pure("bytes.HasSuffix", bytes.HasSuffix)
	pure("bytes.Index", bytes.Index)
	pure("bytes.IndexAny", bytes.IndexAny)
	pure("bytes.IndexByte", bytes.IndexByte)
	pure("bytes.IndexFunc", bytes.IndexFunc)
	pure("bytes.IndexRune", bytes.IndexRune)
	pure("bytes.Join", bytes.Join)
	pure("bytes.LastIndex", bytes.LastIndex)
	pure("bytes.LastIndexAny", bytes.LastIndexAny)
	pure("bytes.LastIndexByte", bytes.LastIndexByte)
	pure("bytes.LastIndexFunc", bytes.LastIndexFunc)
	pure("bytes.Map", bytes.Map)
	pure("bytes.Replace", bytes.Replace)
	pure("bytes.ReplaceAll", bytes.ReplaceAll)
	pure("bytes.Runes", bytes.Runes)
	pure("bytes.Split", bytes.Split)
	pure("bytes.SplitAfter", bytes.SplitAfter)
	pure("bytes.SplitAfterN", bytes.SplitAfterN)
	pure("bytes.SplitN", bytes.SplitN)
	pure("bytes.Title", bytes.Title)
	pure("bytes.ToLower", bytes.ToLower)
	pure("bytes.ToTitle", bytes.ToTitle)
	pure("bytes.ToUpper", bytes.ToUpper)
	pure("bytes.ToValidUTF8", bytes.ToValidUTF8)
	pure("bytes.Trim", bytes.Trim)
	pure("bytes.TrimFunc", bytes.TrimFunc)
	pure("bytes.TrimLeft", bytes.TrimLeft)
	pure("bytes.TrimLeftFunc", bytes.TrimLeftFunc)
	pure("bytes.TrimPrefix", bytes.TrimPrefix)
	pure("bytes.TrimRight", bytes.TrimRight)
	pure("bytes.TrimRightFunc", bytes.TrimRightFunc)
	pure("bytes.TrimSpace", bytes.TrimSpace)
	pure("bytes.TrimSuffix", bytes.TrimSuffix)
}

// A bytes.Buffer is the program's struct {buf []byte; off int; lastRead
// readOp}; the natives keep a host bytes.Buffer in buf, made on first use.

// hostBuffer returns the host buffer of the *bytes.Buffer args[0] (nil for
// a nil pointer) and the method's other arguments.
func hostBuffer(t *interp.Thread, args []interp.Value) (any, []interp.Value) {
	p := args[0].Ptr()
	if p == nil {
		return (*bytes.Buffer)(nil), args[1:]
	}
	f := &p.Elems()[0]
	b, ok := f.R.(*bytes.Buffer)
	if !ok {
		b = new(bytes.Buffer)
		*f = interp.Value{R: b}
	}
	return b, args[1:]
}

func init() {
	for _, name := range []string{"Write", "WriteString", "WriteByte", "WriteRune", "String", "Len", "Cap", "Reset",
		"Bytes", "Truncate", "Grow", "ReadString", "ReadByte", "ReadRune", "ReadBytes", "Next", "UnreadByte",
		"UnreadRune", "Available", "AvailableBuffer"} {
		hostMethod("(*bytes.Buffer)."+name, name, hostBuffer)
	}
	interp.Register("(*bytes.Buffer).Read", func(t *interp.Thread, args []interp.Value) interp.Value {
		b, _ := hostBuffer(t, args)
		p := args[1].Elems()
		buf := make([]byte, len(p))
		n, err := b.(*bytes.Buffer).Read(buf)
		for i := range n {
			p[i] = interp.Uint(uint64(buf[i]))
		}
		var ev interp.Value
		if err != nil {
			ev = fromHostError(t.Machine(), err)
		}
		return interp.Tuple(interp.Int(int64(n)), ev)
	})
	newBuffer := func(t *interp.Thread, b *bytes.Buffer) interp.Value {
		cell := interp.Zero(t.Machine().LookupType("bytes", "Buffer"))
		cell.Elems()[0] = interp.Value{R: b}
		return interp.Value{R: &cell}
	}
	interp.Register("bytes.NewBufferString", func(t *interp.Thread, args []interp.Value) interp.Value {
		return newBuffer(t, bytes.NewBufferString(args[0].Str()))
	})
	interp.Register("bytes.NewBuffer", func(t *interp.Thread, args []interp.Value) interp.Value {
		var b []byte
		if args[0].R != nil {
			b = interp.BytesOf(args[0])
		}
		return newBuffer(t, bytes.NewBuffer(b))
	})
	interp.Register("bytes.Repeat", func(t *interp.Thread, args []interp.Value) interp.Value {
		b, n := interp.BytesOf(args[0]), args[1].Int()
		if n > 0 && len(b) > 0 && int64(len(b))*n/n == int64(len(b)) {
			t.Alloc(int64(len(b)) * n)
		}
		defer hostPanic(t)
		return interp.MakeBytes(bytes.Repeat(b, int(n)))
	})
}

func init() {
	memReaderNatives("bytes", true)

	// A *bytes.Buffer is read and written by the host without program
	// values when another native uses it.
	hostReaders["*bytes.Buffer"] = func(t *interp.Thread, v interp.Value, p []byte) (int, interp.Value) {
		b, _ := hostBuffer(t, []interp.Value{v})
		n, err := b.(*bytes.Buffer).Read(p)
		if err != nil {
			return n, fromHostError(t.Machine(), err)
		}
		return n, interp.Value{}
	}
	hostWriters["*bytes.Buffer"] = func(t *interp.Thread, v interp.Value, p []byte) (int, interp.Value) {
		b, _ := hostBuffer(t, []interp.Value{v})
		t.Alloc(int64(len(p)))
		n, _ := b.(*bytes.Buffer).Write(p)
		return n, interp.Value{}
	}
	interp.Register("(*bytes.Buffer).Peek", func(t *interp.Thread, args []interp.Value) interp.Value {
		b, _ := hostBuffer(t, args)
		p, err := b.(*bytes.Buffer).Peek(int(args[1].Int()))
		var ev interp.Value
		if err != nil {
			ev = fromHostError(t.Machine(), err)
		}
		return interp.Tuple(bytesOrNil(p), ev)
	})
	// ReadFrom reads until EOF, growing the buffer as Go does (MinRead
	// bytes free before each Read).
	interp.Register("(*bytes.Buffer).ReadFrom", restartable(func(t *interp.Thread, args []interp.Value) interp.Value {
		hb, _ := hostBuffer(t, args)
		b := hb.(*bytes.Buffer)
		var total int64
		if r, ok := takeResume(t).(int64); ok {
			total = r
		}
		for {
			b.Grow(bytes.MinRead)
			p := b.AvailableBuffer()[:b.Available()]
			saveResume(t, total)
			n, err := ioRead(t, args[1], p)
			if n < 0 || n > len(p) {
				t.Panic(interp.MakeIface(t.Machine().TypeOf(stringType), interp.String("bytes.Buffer: reader returned negative count from Read")))
			}
			t.Alloc(int64(n))
			b.Write(p[:n])
			total += int64(n)
			if isErr(t, err, "io", "EOF") {
				return interp.Tuple(interp.Int(total), interp.Value{})
			}
			if err.R != nil {
				return interp.Tuple(interp.Int(total), err)
			}
		}
	}))
	interp.Register("(*bytes.Buffer).WriteTo", restartable(func(t *interp.Thread, args []interp.Value) interp.Value {
		hb, _ := hostBuffer(t, args)
		b := hb.(*bytes.Buffer)
		var total int64
		if r, ok := takeResume(t).(int64); ok {
			total = r
		}
		if b.Len() == 0 {
			b.Reset()
			return interp.Tuple(interp.Int(total), interp.Value{})
		}
		saveResume(t, total)
		data := b.Bytes()
		m, err := ioWrite(t, args[1], data)
		if m > len(data) {
			t.Panic(interp.MakeIface(t.Machine().TypeOf(stringType), interp.String("bytes.Buffer.WriteTo: invalid Write count")))
		}
		b.Next(m)
		total += int64(m)
		if err.R != nil {
			return interp.Tuple(interp.Int(total), err)
		}
		if m != len(data) {
			return interp.Tuple(interp.Int(total), libErr(t, "io", "ErrShortWrite"))
		}
		b.Reset()
		return interp.Tuple(interp.Int(total), interp.Value{})
	}))
}

func init() {
	special := func(name string, f func(unicode.SpecialCase, []byte) []byte) {
		interp.Register("bytes."+name, func(t *interp.Thread, args []interp.Value) interp.Value {
			return interp.MakeBytes(f(specialCase(args[0]), interp.BytesOf(args[1])))
		})
	}
	special("ToUpperSpecial", bytes.ToUpperSpecial)
	special("ToLowerSpecial", bytes.ToLowerSpecial)
	special("ToTitleSpecial", bytes.ToTitleSpecial)

	// The iterators yield copies of the pieces, with their capacity
	// clipped as Go clips its views.
	seq := func(name string, split func(b []byte, args []interp.Value) [][]byte) {
		interp.Register(name, func(t *interp.Thread, args []interp.Value) interp.Value {
			parts := split(interp.BytesOf(args[0]), args)
			return interp.NativeClosure(name+"-range", func(t *interp.Thread, yield []interp.Value) interp.Value {
				for _, p := range parts {
					if !t.Call(yield[0], interp.MakeBytes(p)).Bool() {
						break
					}
				}
				return interp.Value{}
			})
		})
	}
	seq("bytes.Lines", func(b []byte, _ []interp.Value) [][]byte { return slices.Collect(bytes.Lines(b)) })
	seq("bytes.SplitSeq", func(b []byte, args []interp.Value) [][]byte {
		return slices.Collect(bytes.SplitSeq(b, interp.BytesOf(args[1])))
	})
	seq("bytes.SplitAfterSeq", func(b []byte, args []interp.Value) [][]byte {
		return slices.Collect(bytes.SplitAfterSeq(b, interp.BytesOf(args[1])))
	})
	seq("bytes.FieldsSeq", func(b []byte, _ []interp.Value) [][]byte { return slices.Collect(bytes.FieldsSeq(b)) })
	interp.Register("bytes.FieldsFuncSeq", func(t *interp.Thread, args []interp.Value) interp.Value {
		s := interp.BytesOf(args[0])
		return fieldsFuncSeq("bytes.FieldsFuncSeq", len(s), func(i int) []byte { return s[i:] },
			func(i, j int) interp.Value { return interp.MakeBytes(s[i:j]) }, args[1])
	})
}
