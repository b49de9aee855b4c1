// strings.go: the natives of package strings.

package sandbox

import (
	"go/types"
	"strings"
	"unicode"
	"unicode/utf8"

	"interleave/engine/interp"
)

func init() {
	pure("strings.Clone", strings.Clone)
	pure("strings.Compare", strings.Compare)
	pure("strings.Contains", strings.Contains)
	pure("strings.ContainsAny", strings.ContainsAny)
	pure("strings.ContainsFunc", strings.ContainsFunc)
	pure("strings.ContainsRune", strings.ContainsRune)
	pure("strings.Count", strings.Count)
	pure("strings.Cut", strings.Cut)
	pure("strings.CutPrefix", strings.CutPrefix)
	pure("strings.CutSuffix", strings.CutSuffix)
	pure("strings.EqualFold", strings.EqualFold)
	pure("strings.Fields", strings.Fields)
	pure("strings.FieldsFunc", strings.FieldsFunc)
	pure("strings.HasPrefix", strings.HasPrefix)
	pure("strings.HasSuffix", strings.HasSuffix)
	pure("strings.Index", strings.Index)
	pure("strings.IndexAny", strings.IndexAny)
	pure("strings.IndexByte", strings.IndexByte)
	pure("strings.IndexFunc", strings.IndexFunc)
	pure("strings.IndexRune", strings.IndexRune)
	pure("strings.Join", strings.Join)
	pure("strings.LastIndex", strings.LastIndex)
	pure("strings.LastIndexAny", strings.LastIndexAny)
	pure("strings.LastIndexByte", strings.LastIndexByte)
	pure("strings.LastIndexFunc", strings.LastIndexFunc)
	pure("strings.Map", strings.Map)
	pure("strings.Replace", strings.Replace)
	pure("strings.ReplaceAll", strings.ReplaceAll)
	pure("strings.Split", strings.Split)
	pure("strings.SplitAfter", strings.SplitAfter)
	pure("strings.SplitAfterN", strings.SplitAfterN)
	pure("strings.SplitN", strings.SplitN)
	pure("strings.Title", strings.Title)
	pure("strings.ToLower", strings.ToLower)
	pure("strings.ToTitle", strings.ToTitle)
	pure("strings.ToUpper", strings.ToUpper)
	pure("strings.ToValidUTF8", strings.ToValidUTF8)
	pure("strings.Trim", strings.Trim)
	pure("strings.TrimFunc", strings.TrimFunc)
	pure("strings.TrimLeft", strings.TrimLeft)
	pure("strings.TrimLeftFunc", strings.TrimLeftFunc)
	pure("strings.TrimPrefix", strings.TrimPrefix)
	pure("strings.TrimRight", strings.TrimRight)
	pure("strings.TrimRightFunc", strings.TrimRightFunc)
	pure("strings.TrimSpace", strings.TrimSpace)
	pure("strings.TrimSuffix", strings.TrimSuffix)
}

// A strings.Builder is the program's struct {addr *Builder; buf []byte};
// the natives keep the builder's own cell in addr (to catch copies, as Go
// does) and a host strings.Builder in buf.

func init() {
	interp.Register("strings.Repeat", func(t *interp.Thread, args []interp.Value) interp.Value {
		s, n := args[0].Str(), args[1].Int()
		if n > 0 && int64(len(s)) > 0 && int64(len(s))*n/n == int64(len(s)) {
			t.Alloc(int64(len(s)) * n)
		}
		defer hostPanic(t)
		return interp.String(strings.Repeat(s, int(n)))
	})
	builder := func(t *interp.Thread, recv interp.Value, write bool) *strings.Builder {
		cell := recv.Ptr()
		if cell == nil {
			t.RuntimeError("invalid memory address or nil pointer dereference")
		}
		fs := cell.Elems()
		if fs[0].R == nil {
			if !write {
				return new(strings.Builder)
			}
			fs[0] = interp.Value{R: cell}
			fs[1] = interp.Value{R: new(strings.Builder)}
		} else if fs[0].R != cell {
			t.Panic(interp.MakeIface(t.Machine().TypeOf(types.Typ[types.String]), interp.String("strings: illegal use of non-zero Builder copied by value")))
		}
		return fs[1].R.(*strings.Builder)
	}
	ok := func(n int) interp.Value { return interp.Tuple(interp.Int(int64(n)), interp.Value{}) }
	interp.Register("(*strings.Builder).WriteString", func(t *interp.Thread, args []interp.Value) interp.Value {
		s := args[1].Str()
		t.Alloc(int64(len(s)))
		return ok(must(builder(t, args[0], true).WriteString(s)))
	})
	interp.Register("(*strings.Builder).Write", func(t *interp.Thread, args []interp.Value) interp.Value {
		b := interp.BytesOf(args[1])
		t.Alloc(int64(len(b)))
		return ok(must(builder(t, args[0], true).Write(b)))
	})
	interp.Register("(*strings.Builder).WriteByte", func(t *interp.Thread, args []interp.Value) interp.Value {
		builder(t, args[0], true).WriteByte(byte(args[1].N))
		return interp.Value{}
	})
	interp.Register("(*strings.Builder).WriteRune", func(t *interp.Thread, args []interp.Value) interp.Value {
		return ok(must(builder(t, args[0], true).WriteRune(rune(args[1].Int()))))
	})
	interp.Register("(*strings.Builder).String", func(t *interp.Thread, args []interp.Value) interp.Value {
		return interp.String(builder(t, args[0], false).String())
	})
	interp.Register("(*strings.Builder).Len", func(t *interp.Thread, args []interp.Value) interp.Value {
		return interp.Int(int64(builder(t, args[0], false).Len()))
	})
	interp.Register("(*strings.Builder).Cap", func(t *interp.Thread, args []interp.Value) interp.Value {
		return interp.Int(int64(builder(t, args[0], false).Cap()))
	})
	interp.Register("(*strings.Builder).Reset", func(t *interp.Thread, args []interp.Value) interp.Value {
		fs := args[0].Ptr().Elems()
		fs[0], fs[1] = interp.Value{}, interp.Value{}
		return interp.Value{}
	})
	interp.Register("(*strings.Builder).Grow", func(t *interp.Thread, args []interp.Value) interp.Value {
		b := builder(t, args[0], true)
		n := int(args[1].Int())
		t.Alloc(int64(max(n, 0)))
		defer hostPanic(t)
		b.Grow(n)
		return interp.Value{}
	})

	// A *strings.Replacer holds the host's Replacer in its cell.
	interp.Register("strings.NewReplacer", func(t *interp.Thread, args []interp.Value) interp.Value {
		defer hostPanic(t)
		r := strings.NewReplacer(stringsOf(args[0])...)
		return interp.Value{R: &interp.Value{R: r}}
	})
	interp.Register("(*strings.Replacer).Replace", func(t *interp.Thread, args []interp.Value) interp.Value {
		return interp.String(args[0].Ptr().R.(*strings.Replacer).Replace(args[1].Str()))
	})

	// The iterators.
	seq := func(name string, split func(args []interp.Value) []string) {
		interp.Register(name, func(t *interp.Thread, args []interp.Value) interp.Value {
			parts := split(args)
			return interp.NativeClosure(name+"-range", func(t *interp.Thread, yield []interp.Value) interp.Value {
				for _, p := range parts {
					if !t.Call(yield[0], interp.String(p)).Bool() {
						break
					}
				}
				return interp.Value{}
			})
		})
	}
	seq("strings.Lines", func(args []interp.Value) []string {
		var out []string
		for l := range strings.Lines(args[0].Str()) {
			out = append(out, l)
		}
		return out
	})
	seq("strings.SplitSeq", func(args []interp.Value) []string { return strings.Split(args[0].Str(), args[1].Str()) })
	seq("strings.SplitAfterSeq", func(args []interp.Value) []string {
		return strings.SplitAfter(args[0].Str(), args[1].Str())
	})
	seq("strings.FieldsSeq", func(args []interp.Value) []string { return strings.Fields(args[0].Str()) })
}

// must returns n, dropping an error that cannot happen.
func must(n int, _ error) int { return n }

// A strings.Reader or bytes.Reader is the program's struct {s; i int64;
// prevRune int}; the natives below run Go's own code on those fields, so
// copies and the zero value behave as in Go. pkg names the package in the
// error messages ("strings.Reader.UnreadRune: ...").
type memReader struct {
	f     []interp.Value
	pkg   string
	bytes bool
}

func newMemReader(t *interp.Thread, args []interp.Value, bytes bool) memReader {
	pkg := "strings"
	if bytes {
		pkg = "bytes"
	}
	return memReader{recvFields(t, args), pkg, bytes}
}

func (r memReader) size() int64 {
	if r.bytes {
		return int64(len(r.f[0].Elems()))
	}
	return int64(len(r.f[0].Str()))
}

func (r memReader) at(i int64) byte {
	if r.bytes {
		return byte(r.f[0].Elems()[i].N)
	}
	return r.f[0].Str()[i]
}

// from returns the bytes from off on.
func (r memReader) from(off int64) []byte {
	if r.bytes {
		vs := r.f[0].Elems()[off:]
		b := make([]byte, len(vs))
		for i, v := range vs {
			b[i] = byte(v.N)
		}
		return b
	}
	return []byte(r.f[0].Str()[off:])
}

func (r memReader) pos() int64      { return r.f[1].Int() }
func (r memReader) setPos(i int64)  { r.f[1] = interp.Int(i) }
func (r memReader) setPrev(p int64) { r.f[2] = interp.Int(p) }

// read copies into p from the reader's position.
func (r memReader) read(t *interp.Thread, p []byte) (int, interp.Value) {
	if r.pos() >= r.size() {
		return 0, libErr(t, "io", "EOF")
	}
	r.setPrev(-1)
	n := 0
	for i := r.pos(); n < len(p) && i < r.size(); i++ {
		p[n] = r.at(i)
		n++
	}
	r.setPos(r.pos() + int64(n))
	return n, interp.Value{}
}

// readInto is read into the program's []byte p.
func (r memReader) readInto(t *interp.Thread, p []interp.Value, off int64) int {
	n := 0
	for i := off; n < len(p) && i < r.size(); i++ {
		p[n] = interp.Uint(uint64(r.at(i)))
		n++
	}
	return n
}

func memReaderNatives(pkg string, bytes bool) {
	typ := "(*" + pkg + ".Reader)."
	rd := func(t *interp.Thread, args []interp.Value) memReader { return newMemReader(t, args, bytes) }
	fail := func(t *interp.Thread, what string) interp.Value {
		return newError(t.Machine(), pkg+".Reader."+what)
	}
	interp.Register(typ+"Len", func(t *interp.Thread, args []interp.Value) interp.Value {
		r := rd(t, args)
		if r.pos() >= r.size() {
			return interp.Int(0)
		}
		return interp.Int(r.size() - r.pos())
	})
	interp.Register(typ+"Size", func(t *interp.Thread, args []interp.Value) interp.Value {
		return interp.Int(rd(t, args).size())
	})
	interp.Register(typ+"Read", func(t *interp.Thread, args []interp.Value) interp.Value {
		r := rd(t, args)
		if r.pos() >= r.size() {
			return nr(0, libErr(t, "io", "EOF"))
		}
		r.setPrev(-1)
		n := r.readInto(t, args[1].Elems(), r.pos())
		r.setPos(r.pos() + int64(n))
		return nr(n, interp.Value{})
	})
	interp.Register(typ+"ReadAt", func(t *interp.Thread, args []interp.Value) interp.Value {
		r := rd(t, args)
		off := args[2].Int()
		if off < 0 {
			return nr(0, fail(t, "ReadAt: negative offset"))
		}
		if off >= r.size() {
			return nr(0, libErr(t, "io", "EOF"))
		}
		p := args[1].Elems()
		n := r.readInto(t, p, off)
		var err interp.Value
		if n < len(p) {
			err = libErr(t, "io", "EOF")
		}
		return nr(n, err)
	})
	interp.Register(typ+"ReadByte", func(t *interp.Thread, args []interp.Value) interp.Value {
		r := rd(t, args)
		r.setPrev(-1)
		if r.pos() >= r.size() {
			return interp.Tuple(interp.Uint(0), libErr(t, "io", "EOF"))
		}
		b := r.at(r.pos())
		r.setPos(r.pos() + 1)
		return interp.Tuple(interp.Uint(uint64(b)), interp.Value{})
	})
	interp.Register(typ+"UnreadByte", func(t *interp.Thread, args []interp.Value) interp.Value {
		r := rd(t, args)
		if r.pos() <= 0 {
			if bytes {
				return fail(t, "UnreadByte: at beginning of slice")
			}
			return fail(t, "UnreadByte: at beginning of string")
		}
		r.setPrev(-1)
		r.setPos(r.pos() - 1)
		return interp.Value{}
	})
	interp.Register(typ+"ReadRune", func(t *interp.Thread, args []interp.Value) interp.Value {
		r := rd(t, args)
		if r.pos() >= r.size() {
			r.setPrev(-1)
			return interp.Tuple(interp.Int(0), interp.Int(0), libErr(t, "io", "EOF"))
		}
		r.setPrev(r.pos())
		if c := r.at(r.pos()); c < utf8.RuneSelf {
			r.setPos(r.pos() + 1)
			return interp.Tuple(interp.Int(int64(c)), interp.Int(1), interp.Value{})
		}
		end := min(r.pos()+utf8.UTFMax, r.size())
		var b [utf8.UTFMax]byte
		for i := r.pos(); i < end; i++ {
			b[i-r.pos()] = r.at(i)
		}
		ch, size := utf8.DecodeRune(b[:end-r.pos()])
		r.setPos(r.pos() + int64(size))
		return interp.Tuple(interp.Int(int64(ch)), interp.Int(int64(size)), interp.Value{})
	})
	interp.Register(typ+"UnreadRune", func(t *interp.Thread, args []interp.Value) interp.Value {
		r := rd(t, args)
		if r.pos() <= 0 {
			if bytes {
				return fail(t, "UnreadRune: at beginning of slice")
			}
			return fail(t, "UnreadRune: at beginning of string")
		}
		if r.f[2].Int() < 0 {
			return fail(t, "UnreadRune: previous operation was not ReadRune")
		}
		r.setPos(r.f[2].Int())
		r.setPrev(-1)
		return interp.Value{}
	})
	interp.Register(typ+"Seek", func(t *interp.Thread, args []interp.Value) interp.Value {
		r := rd(t, args)
		r.setPrev(-1)
		offset := args[1].Int()
		var abs int64
		switch args[2].Int() {
		case 0:
			abs = offset
		case 1:
			abs = r.pos() + offset
		case 2:
			abs = r.size() + offset
		default:
			return interp.Tuple(interp.Int(0), fail(t, "Seek: invalid whence"))
		}
		if abs < 0 {
			return interp.Tuple(interp.Int(0), fail(t, "Seek: negative position"))
		}
		r.setPos(abs)
		return interp.Tuple(interp.Int(abs), interp.Value{})
	})
	interp.Register(typ+"WriteTo", restartable(func(t *interp.Thread, args []interp.Value) interp.Value {
		r := rd(t, args)
		r.setPrev(-1)
		if r.pos() >= r.size() {
			return interp.Tuple(interp.Int(0), interp.Value{})
		}
		b := r.from(r.pos())
		var m int
		var err interp.Value
		if bytes {
			m, err = ioWrite(t, args[1], b)
		} else {
			m, err = ioWriteString(t, args[1], string(b))
		}
		if m > len(b) {
			if bytes {
				t.Panic(interp.MakeIface(t.Machine().TypeOf(stringType), interp.String("bytes.Reader.WriteTo: invalid Write count")))
			}
			t.Panic(interp.MakeIface(t.Machine().TypeOf(stringType), interp.String("strings.Reader.WriteTo: invalid WriteString count")))
		}
		r.setPos(r.pos() + int64(m))
		if m != len(b) && err.R == nil {
			err = libErr(t, "io", "ErrShortWrite")
		}
		return interp.Tuple(interp.Int(int64(m)), err)
	}))
	interp.Register(typ+"Reset", func(t *interp.Thread, args []interp.Value) interp.Value {
		f := recvFields(t, args)
		f[0], f[1], f[2] = args[1], interp.Int(0), interp.Int(-1)
		return interp.Value{}
	})
	interp.Register(pkg+".NewReader", func(t *interp.Thread, args []interp.Value) interp.Value {
		return interp.Value{R: &interp.Value{R: []interp.Value{args[0], interp.Int(0), interp.Int(-1)}}}
	})
	hostReaders["*"+pkg+".Reader"] = func(t *interp.Thread, v interp.Value, p []byte) (int, interp.Value) {
		return newMemReader(t, []interp.Value{v}, bytes).read(t, p)
	}
}

func init() {
	memReaderNatives("strings", false)

	interp.Register("(*strings.Replacer).WriteString", restartable(func(t *interp.Thread, args []interp.Value) interp.Value {
		s := args[0].Ptr().R.(*strings.Replacer).Replace(args[2].Str())
		return nr(ioWriteString(t, args[1], s))
	}))
}

func init() {
	special := func(name string, f func(unicode.SpecialCase, string) string) {
		interp.Register("strings."+name, func(t *interp.Thread, args []interp.Value) interp.Value {
			return interp.String(f(specialCase(args[0]), args[1].Str()))
		})
	}
	special("ToUpperSpecial", strings.ToUpperSpecial)
	special("ToLowerSpecial", strings.ToLowerSpecial)
	special("ToTitleSpecial", strings.ToTitleSpecial)
	interp.Register("strings.FieldsFuncSeq", func(t *interp.Thread, args []interp.Value) interp.Value {
		s, f := args[0].Str(), args[1]
		return fieldsFuncSeq("strings.FieldsFuncSeq", len(s), func(i int) []byte { return []byte(s[i:min(i+utf8.UTFMax, len(s))]) },
			func(i, j int) interp.Value { return interp.String(s[i:j]) }, f)
	})
}

// fieldsFuncSeq is the iterator of strings.FieldsFuncSeq and
// bytes.FieldsFuncSeq over n bytes: at(i) returns bytes from i on (at least
// one rune), field(i, j) the yielded value. f is called lazily, as in Go.
func fieldsFuncSeq(name string, n int, at func(i int) []byte, field func(i, j int) interp.Value, f interp.Value) interp.Value {
	return interp.NativeClosure(name+"-range", func(t *interp.Thread, yield []interp.Value) interp.Value {
		start := -1
		for i := 0; i < n; {
			r, size := utf8.DecodeRune(at(i))
			if t.Call(f, interp.Int(int64(r))).Bool() {
				if start >= 0 {
					if !t.Call(yield[0], field(start, i)).Bool() {
						return interp.Value{}
					}
					start = -1
				}
			} else if start < 0 {
				start = i
			}
			i += size
		}
		if start >= 0 {
			t.Call(yield[0], field(start, n))
		}
		return interp.Value{}
	})
}
