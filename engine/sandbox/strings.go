// strings.go: the natives of package strings.

package sandbox

import (
	"go/types"
	"strings"

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
