// ring.go: the natives of package container/ring, a port of Go's ring.go
// over the program's own structs: a *Ring is a cell holding
// {next, prev *Ring; Value any}.

package sandbox

import "interleave/engine/interp"

const rNext, rPrev, rValue = 0, 1, 2

func ringInit(r *interp.Value) *interp.Value {
	setFld(r, rNext, r)
	setFld(r, rPrev, r)
	return r
}

func ringNext(r *interp.Value) *interp.Value {
	if fld(r, rNext) == nil {
		return ringInit(r)
	}
	return fld(r, rNext)
}

func ringPrev(r *interp.Value) *interp.Value {
	if fld(r, rNext) == nil {
		return ringInit(r)
	}
	return fld(r, rPrev)
}

func ringMove(r *interp.Value, n int64) *interp.Value {
	if fld(r, rNext) == nil {
		return ringInit(r)
	}
	for ; n < 0; n++ {
		r = fld(r, rPrev)
	}
	for ; n > 0; n-- {
		r = fld(r, rNext)
	}
	return r
}

func ringLink(r, s *interp.Value) *interp.Value {
	n := ringNext(r)
	if s != nil {
		p := ringPrev(s)
		setFld(r, rNext, s)
		setFld(s, rPrev, r)
		setFld(n, rPrev, p)
		setFld(p, rNext, n)
	}
	return n
}

func init() {
	// recv returns the receiver, raising Go's nil dereference for nil.
	recv := func(t *interp.Thread, args []interp.Value) *interp.Value {
		r := args[0].Ptr()
		if r == nil {
			t.NilDeref()
		}
		return r
	}
	interp.Register("container/ring.New", func(t *interp.Thread, args []interp.Value) interp.Value {
		n := args[0].Int()
		if n <= 0 {
			return interp.Value{}
		}
		rt := t.Machine().LookupType("container/ring", "Ring")
		mk := func() *interp.Value { c := interp.Zero(rt); return &c }
		r := mk()
		p := r
		for i := int64(1); i < n; i++ {
			q := mk()
			setFld(q, rPrev, p)
			setFld(p, rNext, q)
			p = q
		}
		setFld(p, rNext, r)
		setFld(r, rPrev, p)
		return ptrVal(r)
	})
	interp.Register("(*container/ring.Ring).Next", func(t *interp.Thread, args []interp.Value) interp.Value {
		return ptrVal(ringNext(recv(t, args)))
	})
	interp.Register("(*container/ring.Ring).Prev", func(t *interp.Thread, args []interp.Value) interp.Value {
		return ptrVal(ringPrev(recv(t, args)))
	})
	interp.Register("(*container/ring.Ring).Move", func(t *interp.Thread, args []interp.Value) interp.Value {
		return ptrVal(ringMove(recv(t, args), args[1].Int()))
	})
	interp.Register("(*container/ring.Ring).Link", func(t *interp.Thread, args []interp.Value) interp.Value {
		return ptrVal(ringLink(recv(t, args), args[1].Ptr()))
	})
	interp.Register("(*container/ring.Ring).Unlink", func(t *interp.Thread, args []interp.Value) interp.Value {
		n := args[1].Int()
		if n <= 0 {
			return interp.Value{}
		}
		r := recv(t, args)
		return ptrVal(ringLink(r, ringMove(r, n+1)))
	})
	interp.Register("(*container/ring.Ring).Len", func(t *interp.Thread, args []interp.Value) interp.Value {
		r := args[0].Ptr()
		if r == nil {
			return interp.Int(0)
		}
		n := int64(1)
		for p := ringNext(r); p != r; p = fld(p, rNext) {
			n++
		}
		return interp.Int(n)
	})
	interp.Register("(*container/ring.Ring).Do", func(t *interp.Thread, args []interp.Value) interp.Value {
		r := args[0].Ptr()
		if r == nil {
			return interp.Value{}
		}
		t.Call(args[1], r.Elems()[rValue])
		for p := ringNext(r); p != r; p = fld(p, rNext) {
			t.Call(args[1], p.Elems()[rValue])
		}
		return interp.Value{}
	})
}
