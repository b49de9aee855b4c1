// list.go: the natives of package container/list, a port of Go's list.go
// over the program's own structs: a *List is a cell holding
// {root Element; len int} and a *Element a cell holding
// {next, prev *Element; list *List; Value any}, so the program reads
// e.Value and the natives maintain the real fields.

package sandbox

import "interleave/engine/interp"

// Field indexes of Element and List.
const (
	eNext, ePrev, eList, eValue = 0, 1, 2, 3
	lRoot, lLen                 = 0, 1
)

func ptrVal(p *interp.Value) interp.Value {
	if p == nil {
		return interp.Value{}
	}
	return interp.Value{R: p}
}

func fld(e *interp.Value, i int) *interp.Value       { return e.Elems()[i].Ptr() }
func setFld(e *interp.Value, i int, p *interp.Value) { e.Elems()[i] = ptrVal(p) }
func root(l *interp.Value) *interp.Value             { return &l.Elems()[lRoot] }
func listLen(l *interp.Value) int64                  { return l.Elems()[lLen].Int() }
func setLen(l *interp.Value, n int64)                { l.Elems()[lLen] = interp.Int(n) }

func listInit(l *interp.Value) *interp.Value {
	r := root(l)
	setFld(r, eNext, r)
	setFld(r, ePrev, r)
	setLen(l, 0)
	return l
}

func lazyInit(l *interp.Value) {
	if fld(root(l), eNext) == nil {
		listInit(l)
	}
}

func listInsert(l, e, at *interp.Value) *interp.Value {
	setFld(e, ePrev, at)
	setFld(e, eNext, fld(at, eNext))
	setFld(fld(e, ePrev), eNext, e)
	setFld(fld(e, eNext), ePrev, e)
	setFld(e, eList, l)
	setLen(l, listLen(l)+1)
	return e
}

func listRemove(l, e *interp.Value) {
	setFld(fld(e, ePrev), eNext, fld(e, eNext))
	setFld(fld(e, eNext), ePrev, fld(e, ePrev))
	setFld(e, eNext, nil)
	setFld(e, ePrev, nil)
	setFld(e, eList, nil)
	setLen(l, listLen(l)-1)
}

func listMove(l, e, at *interp.Value) {
	if e == at {
		return
	}
	setFld(fld(e, ePrev), eNext, fld(e, eNext))
	setFld(fld(e, eNext), ePrev, fld(e, ePrev))
	setFld(e, ePrev, at)
	setFld(e, eNext, fld(at, eNext))
	setFld(fld(e, ePrev), eNext, e)
	setFld(fld(e, eNext), ePrev, e)
}

func init() {
	newElem := func(t *interp.Thread, v interp.Value) *interp.Value {
		cell := interp.Zero(t.Machine().LookupType("container/list", "Element"))
		cell.Elems()[eValue] = v
		return &cell
	}
	self := func(t *interp.Thread, v interp.Value) *interp.Value {
		p := v.Ptr()
		if p == nil {
			t.RuntimeError("invalid memory address or nil pointer dereference")
		}
		return p
	}
	reg := func(name string, f func(t *interp.Thread, args []interp.Value) interp.Value) {
		interp.Register(name, f)
	}
	pm := func(p *interp.Value) interp.Value { return ptrVal(p) }

	reg("container/list.New", func(t *interp.Thread, args []interp.Value) interp.Value {
		cell := interp.Zero(t.Machine().LookupType("container/list", "List"))
		return pm(listInit(&cell))
	})
	reg("(*container/list.List).Init", func(t *interp.Thread, args []interp.Value) interp.Value {
		return pm(listInit(self(t, args[0])))
	})
	reg("(*container/list.List).Len", func(t *interp.Thread, args []interp.Value) interp.Value {
		return interp.Int(listLen(self(t, args[0])))
	})
	reg("(*container/list.List).Front", func(t *interp.Thread, args []interp.Value) interp.Value {
		l := self(t, args[0])
		if listLen(l) == 0 {
			return interp.Value{}
		}
		return pm(fld(root(l), eNext))
	})
	reg("(*container/list.List).Back", func(t *interp.Thread, args []interp.Value) interp.Value {
		l := self(t, args[0])
		if listLen(l) == 0 {
			return interp.Value{}
		}
		return pm(fld(root(l), ePrev))
	})
	reg("(*container/list.Element).Next", func(t *interp.Thread, args []interp.Value) interp.Value {
		e := self(t, args[0])
		if p, l := fld(e, eNext), fld(e, eList); l != nil && p != root(l) {
			return pm(p)
		}
		return interp.Value{}
	})
	reg("(*container/list.Element).Prev", func(t *interp.Thread, args []interp.Value) interp.Value {
		e := self(t, args[0])
		if p, l := fld(e, ePrev), fld(e, eList); l != nil && p != root(l) {
			return pm(p)
		}
		return interp.Value{}
	})
	reg("(*container/list.List).Remove", func(t *interp.Thread, args []interp.Value) interp.Value {
		l, e := self(t, args[0]), self(t, args[1])
		if fld(e, eList) == l {
			listRemove(l, e)
		}
		return e.Elems()[eValue]
	})
	reg("(*container/list.List).PushFront", func(t *interp.Thread, args []interp.Value) interp.Value {
		l := self(t, args[0])
		lazyInit(l)
		return pm(listInsert(l, newElem(t, args[1]), root(l)))
	})
	reg("(*container/list.List).PushBack", func(t *interp.Thread, args []interp.Value) interp.Value {
		l := self(t, args[0])
		lazyInit(l)
		return pm(listInsert(l, newElem(t, args[1]), fld(root(l), ePrev)))
	})
	reg("(*container/list.List).InsertBefore", func(t *interp.Thread, args []interp.Value) interp.Value {
		l, mark := self(t, args[0]), self(t, args[2])
		if fld(mark, eList) != l {
			return interp.Value{}
		}
		return pm(listInsert(l, newElem(t, args[1]), fld(mark, ePrev)))
	})
	reg("(*container/list.List).InsertAfter", func(t *interp.Thread, args []interp.Value) interp.Value {
		l, mark := self(t, args[0]), self(t, args[2])
		if fld(mark, eList) != l {
			return interp.Value{}
		}
		return pm(listInsert(l, newElem(t, args[1]), mark))
	})
	reg("(*container/list.List).MoveToFront", func(t *interp.Thread, args []interp.Value) interp.Value {
		l, e := self(t, args[0]), self(t, args[1])
		if fld(e, eList) != l || fld(root(l), eNext) == e {
			return interp.Value{}
		}
		listMove(l, e, root(l))
		return interp.Value{}
	})
	reg("(*container/list.List).MoveToBack", func(t *interp.Thread, args []interp.Value) interp.Value {
		l, e := self(t, args[0]), self(t, args[1])
		if fld(e, eList) != l || fld(root(l), ePrev) == e {
			return interp.Value{}
		}
		listMove(l, e, fld(root(l), ePrev))
		return interp.Value{}
	})
	reg("(*container/list.List).MoveBefore", func(t *interp.Thread, args []interp.Value) interp.Value {
		l, e, mark := self(t, args[0]), self(t, args[1]), self(t, args[2])
		if fld(e, eList) != l || e == mark || fld(mark, eList) != l {
			return interp.Value{}
		}
		listMove(l, e, fld(mark, ePrev))
		return interp.Value{}
	})
	reg("(*container/list.List).MoveAfter", func(t *interp.Thread, args []interp.Value) interp.Value {
		l, e, mark := self(t, args[0]), self(t, args[1]), self(t, args[2])
		if fld(e, eList) != l || e == mark || fld(mark, eList) != l {
			return interp.Value{}
		}
		listMove(l, e, mark)
		return interp.Value{}
	})
	reg("(*container/list.List).PushBackList", func(t *interp.Thread, args []interp.Value) interp.Value {
		l, other := self(t, args[0]), self(t, args[1])
		lazyInit(l)
		e := fld(root(other), eNext)
		for i := listLen(other); i > 0; i-- {
			listInsert(l, newElem(t, e.Elems()[eValue]), fld(root(l), ePrev))
			e = fld(e, eNext)
			if l := fld(e, eList); l == nil || e == root(l) {
				e = nil
			}
		}
		return interp.Value{}
	})
	reg("(*container/list.List).PushFrontList", func(t *interp.Thread, args []interp.Value) interp.Value {
		l, other := self(t, args[0]), self(t, args[1])
		lazyInit(l)
		e := fld(root(other), ePrev)
		for i := listLen(other); i > 0; i-- {
			listInsert(l, newElem(t, e.Elems()[eValue]), root(l))
			e = fld(e, ePrev)
			if l := fld(e, eList); l == nil || e == root(l) {
				e = nil
			}
		}
		return interp.Value{}
	})
}
