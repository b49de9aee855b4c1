// ring.go: the natives of package container/ring, a port of Go's ring.go
// over the program's own structs: a *Ring is a cell holding
// {next, prev *Ring; Value any}, so the program reads and writes r.Value
// and the natives maintain the links.

package sandbox

import "interleave/engine/interp"

// Field indexes of Ring.
const rNext, rPrev, rValue = 0, 1, 2

func init() {
	newRing := func(t *interp.Thread) *interp.Value {
		cell := interp.Zero(t.Machine().LookupType("container/ring", "Ring"))
		return &cell
	}
	// ringInit links an unlinked (zero) ring to itself.
	ringInit := func(r *interp.Value) *interp.Value {
		setFld(r, rNext, r)
		setFld(r, rPrev, r)
		return r
	}
	// self is the receiver, initialised if it is a zero Ring.
	self := func(t *interp.Thread, v interp.Value) *interp.Value {
		r := v.Ptr()
		if r == nil {
			t.RuntimeError("invalid memory address or nil pointer dereference")
		}
		if fld(r, rNext) == nil {
			ringInit(r)
		}
		return r
	}
	move := func(r *interp.Value, n int) *interp.Value {
		switch {
		case n < 0:
			for ; n < 0; n++ {
				r = fld(r, rPrev)
			}
		case n > 0:
			for ; n > 0; n-- {
				r = fld(r, rNext)
			}
		}
		return r
	}
	link := func(r, s *interp.Value) *interp.Value {
		n := fld(r, rNext)
		if s != nil {
			p := fld(s, rPrev)
			setFld(r, rNext, s)
			setFld(s, rPrev, r)
			setFld(n, rPrev, p)
			setFld(p, rNext, n)
		}
		return n
	}
	reg := interp.Register

	reg("container/ring.New", func(t *interp.Thread, args []interp.Value) interp.Value {
		n := int(args[0].Int())
		if n <= 0 {
			return interp.Value{}
		}
		r := newRing(t)
		p := r
		for i := 1; i < n; i++ {
			q := newRing(t)
			setFld(q, rPrev, p)
			setFld(p, rNext, q)
			p = q
		}
		setFld(p, rNext, r)
		setFld(r, rPrev, p)
		return ptrVal(r)
	})
	reg("(*container/ring.Ring).Next", func(t *interp.Thread, args []interp.Value) interp.Value {
		return ptrVal(fld(self(t, args[0]), rNext))
	})
	reg("(*container/ring.Ring).Prev", func(t *interp.Thread, args []interp.Value) interp.Value {
		return ptrVal(fld(self(t, args[0]), rPrev))
	})
	reg("(*container/ring.Ring).Move", func(t *interp.Thread, args []interp.Value) interp.Value {
		return ptrVal(move(self(t, args[0]), int(args[1].Int())))
	})
	reg("(*container/ring.Ring).Link", func(t *interp.Thread, args []interp.Value) interp.Value {
		r := self(t, args[0])
		var s *interp.Value
		if args[1].Ptr() != nil {
			s = self(t, args[1])
		}
		return ptrVal(link(r, s))
	})
	reg("(*container/ring.Ring).Unlink", func(t *interp.Thread, args []interp.Value) interp.Value {
		n := int(args[1].Int())
		if n <= 0 {
			return interp.Value{}
		}
		r := self(t, args[0])
		return ptrVal(link(r, move(r, n+1)))
	})
	reg("(*container/ring.Ring).Len", func(t *interp.Thread, args []interp.Value) interp.Value {
		r := args[0].Ptr()
		if r == nil {
			return interp.Int(0)
		}
		r = self(t, args[0])
		n := 1
		for p := fld(r, rNext); p != r; p = fld(p, rNext) {
			n++
		}
		return interp.Int(int64(n))
	})
	reg("(*container/ring.Ring).Do", func(t *interp.Thread, args []interp.Value) interp.Value {
		r := args[0].Ptr()
		if r == nil {
			return interp.Value{}
		}
		r = self(t, args[0])
		t.Call(args[1], r.Elems()[rValue])
		for p := fld(r, rNext); p != r; p = fld(p, rNext) {
			t.Call(args[1], p.Elems()[rValue])
		}
		return interp.Value{}
	})
}
