// instr.go: one op for each kind of SSA instruction.

package interp

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"interleave/engine/trace"
)

// instr returns the op for one instruction.
func (c *compiler) instr(in ssa.Instruction) op {
	m := c.m
	switch in := in.(type) {
	case *ssa.Alloc:
		d := c.regs[in]
		t := m.TypeOf(in.Type().(*types.Pointer).Elem())
		size := t.Size
		if size < 8 {
			size = 8
		}
		if t.Kind == KStruct || t.Kind == KArray {
			return func(fr *frame) {
				fr.t.Alloc(size)
				cell := &Value{}
				*cell = Zero(t)
				fr.regs[d] = Value{R: cell}
			}
		}
		return func(fr *frame) {
			fr.t.Alloc(size)
			fr.regs[d] = Value{R: &Value{}}
		}

	case *ssa.BinOp:
		return c.binOp(in)

	case *ssa.UnOp:
		return c.unOp(in)

	case *ssa.Call:
		c.curCall = in
		return c.call(in.Common(), c.regs[in], in.Pos())

	case *ssa.ChangeType:
		d, x := c.regs[in], c.reg(in.X)
		return func(fr *frame) { fr.regs[d] = fr.regs[x] }

	case *ssa.ChangeInterface:
		d, x := c.regs[in], c.reg(in.X)
		return func(fr *frame) { fr.regs[d] = fr.regs[x] }

	case *ssa.Convert:
		return c.convert(c.regs[in], c.reg(in.X), in.X.Type(), in.Type())

	case *ssa.MultiConvert:
		return c.convert(c.regs[in], c.reg(in.X), in.X.Type(), in.Type())

	case *ssa.SliceToArrayPointer:
		d, x := c.regs[in], c.reg(in.X)
		n := int(in.Type().Underlying().(*types.Pointer).Elem().Underlying().(*types.Array).Len())
		return func(fr *frame) {
			s := fr.regs[x].Elems()
			if len(s) < n {
				panic(boundsError(fmt.Sprintf("cannot convert slice with length %d to array or pointer to array with length %d", len(s), n)))
			}
			if s == nil {
				fr.regs[d] = Value{}
				return
			}
			fr.regs[d] = Value{R: &Value{R: s[:n:n]}}
		}

	case *ssa.MakeInterface:
		d, x := c.regs[in], c.reg(in.X)
		t := m.TypeOf(in.X.Type())
		return func(fr *frame) { fr.regs[d] = Value{R: &Iface{T: t, V: fr.regs[x]}} }

	case *ssa.MakeClosure:
		d := c.regs[in]
		f := m.funcOf(in.Fn.(*ssa.Function))
		bs := c.regsOf(in.Bindings)
		return func(fr *frame) {
			env := make([]Value, len(bs))
			for i, b := range bs {
				env[i] = fr.regs[b]
			}
			fr.regs[d] = Value{R: &Closure{Fn: f, Env: env}}
		}

	case *ssa.MakeMap:
		d := c.regs[in]
		t := m.TypeOf(in.Type())
		return func(fr *frame) {
			fr.t.Alloc(48)
			fr.regs[d] = Value{R: newMap(t)}
		}

	case *ssa.MakeChan:
		d, size := c.regs[in], c.reg(in.Size)
		t := m.TypeOf(in.Type())
		signed := m.TypeOf(in.Size.Type()).Kind.IsSigned()
		name := valueName(in)
		return func(fr *frame) {
			n := fr.regs[size].Int()
			if n < 0 || (!signed && fr.regs[size].Uint() > 1<<40) || n > 1<<40 {
				panic(plainError("makechan: size out of range"))
			}
			fr.t.Alloc(96 + n*t.Elem.Size)
			fr.regs[d] = Value{R: fr.t.m.newChan(t, int(n))}
			if r := fr.m.rec; r != nil {
				r.chanMake(fr.t, fr.regs[d].Chan(), name)
			}
		}

	case *ssa.MakeSlice:
		d, ln, cp := c.regs[in], c.reg(in.Len), c.reg(in.Cap)
		t := m.TypeOf(in.Type())
		return func(fr *frame) {
			n, k := fr.regs[ln].Int(), fr.regs[cp].Int()
			if n < 0 || n > 1<<40 {
				panic(runtimeError("makeslice: len out of range"))
			}
			if k < n || k > 1<<40 {
				panic(runtimeError("makeslice: cap out of range"))
			}
			fr.t.Alloc(k * t.Elem.Size)
			fr.regs[d] = Value{R: makeSlice(t.Elem, int(n), int(k))}
		}

	case *ssa.Field:
		d, x, i := c.regs[in], c.reg(in.X), in.Field
		return func(fr *frame) { fr.regs[d] = fr.regs[x].Elems()[i] }

	case *ssa.FieldAddr:
		d, x, i := c.regs[in], c.reg(in.X), in.Field
		addr := c.faultAddr(in)
		return func(fr *frame) {
			p := fr.regs[x].Ptr()
			if p == nil {
				panic(nilDerefAt(addr))
			}
			fr.regs[d] = Value{R: &p.Elems()[i]}
		}

	case *ssa.Index:
		d, x, i := c.regs[in], c.reg(in.X), c.reg(in.Index)
		if m.TypeOf(in.X.Type()).Kind == KString {
			return func(fr *frame) {
				s := fr.regs[x].Str()
				j := fr.regs[i].Int()
				if uint64(j) >= uint64(len(s)) {
					panic(indexError(j, len(s)))
				}
				fr.regs[d] = Value{N: uint64(s[j])}
			}
		}
		return func(fr *frame) {
			a := fr.regs[x].Elems()
			j := fr.regs[i].Int()
			if uint64(j) >= uint64(len(a)) {
				panic(indexError(j, len(a)))
			}
			fr.regs[d] = a[j]
		}

	case *ssa.IndexAddr:
		d, x, i := c.regs[in], c.reg(in.X), c.reg(in.Index)
		isPtr := m.TypeOf(in.X.Type()).Kind == KPointer
		var faultAddr func(int64) uint64
		if isPtr {
			faultAddr = elemFaultAddr(in)
		}
		return func(fr *frame) {
			var a []Value
			if isPtr {
				p := fr.regs[x].Ptr()
				if p == nil {
					panic(nilDerefAt(faultAddr(fr.regs[i].Int())))
				}
				a = p.Elems()
			} else {
				a = fr.regs[x].Elems()
			}
			j := fr.regs[i].Int()
			if uint64(j) >= uint64(len(a)) {
				panic(indexError(j, len(a)))
			}
			fr.regs[d] = Value{R: &a[j]}
		}

	case *ssa.Lookup:
		d, x, k := c.regs[in], c.reg(in.X), c.reg(in.Index)
		t := m.TypeOf(in.X.Type())
		if in.CommaOk {
			return func(fr *frame) {
				v, ok := fr.regs[x].Map().Get(t, fr.regs[k])
				fr.regs[d] = Tuple(v, Bool(ok))
			}
		}
		return func(fr *frame) {
			v, _ := fr.regs[x].Map().Get(t, fr.regs[k])
			fr.regs[d] = v
		}

	case *ssa.MapUpdate:
		x, k, v := c.reg(in.Map), c.reg(in.Key), c.reg(in.Value)
		t := m.TypeOf(in.Map.Type())
		return func(fr *frame) {
			mp := fr.regs[x].Map()
			if mp == nil {
				panic(plainError("assignment to entry in nil map"))
			}
			if mp.Set(t, fr.regs[k], fr.regs[v]) {
				fr.t.Alloc(t.Key.Size + t.Elem.Size + 8)
			}
		}

	case *ssa.Range:
		d, x := c.regs[in], c.reg(in.X)
		if m.TypeOf(in.X.Type()).Kind == KString {
			return func(fr *frame) { fr.regs[d] = Value{R: &stringIter{s: fr.regs[x].Str()}} }
		}
		return func(fr *frame) {
			fr.regs[d] = Value{R: fr.regs[x].Map().Iter(fr.t.m.rand)}
		}

	case *ssa.Next:
		d, x := c.regs[in], c.reg(in.Iter)
		if in.IsString {
			return func(fr *frame) { fr.regs[d] = fr.regs[x].R.(*stringIter).next() }
		}
		return func(fr *frame) { fr.regs[d] = fr.regs[x].R.(*mapIter).next() }

	case *ssa.Extract:
		d, x, i := c.regs[in], c.reg(in.Tuple), in.Index
		return func(fr *frame) { fr.regs[d] = fr.regs[x].Elems()[i] }

	case *ssa.Slice:
		return c.slice(in)

	case *ssa.TypeAssert:
		return c.typeAssert(in)

	case *ssa.Store:
		a, v := c.reg(in.Addr), c.reg(in.Val)
		t := m.TypeOf(in.Val.Type())
		visible := !isLocal(in.Addr) && !c.fresh[in]
		name, traced := valueName(in.Addr), traceable(in.Addr)
		if t.Kind == KStruct || t.Kind == KArray {
			return func(fr *frame) {
				if visible && fr.t.m.Preempt(fr) {
					return
				}
				p := fr.regs[a].Ptr()
				if p == nil {
					panic(nilDeref())
				}
				if r := fr.m.rec; r != nil && visible && traced {
					r.access(fr.t, trace.Write, p, name, t, fr.regs[v])
				}
				Store(t, p, fr.regs[v])
			}
		}
		if !visible {
			return func(fr *frame) { *fr.regs[a].R.(*Value) = fr.regs[v] }
		}
		return func(fr *frame) {
			if fr.t.m.Preempt(fr) {
				return
			}
			p := fr.regs[a].Ptr()
			if p == nil {
				panic(nilDeref())
			}
			if r := fr.m.rec; r != nil && traced {
				r.access(fr.t, trace.Write, p, name, t, fr.regs[v])
			}
			*p = fr.regs[v]
		}

	case *ssa.Send:
		ch, v := c.reg(in.Chan), c.reg(in.X)
		return func(fr *frame) {
			if fr.t.m.Preempt(fr) {
				return
			}
			fr.t.send(fr.regs[ch].Chan(), fr.regs[v])
		}

	case *ssa.Select:
		return c.selectOp(in)

	case *ssa.Go:
		return c.goOp(in)

	case *ssa.Defer:
		return c.deferOp(in)

	case *ssa.RunDefers:
		return func(fr *frame) {
			if len(fr.defers) > 0 {
				fr.t.runDefer(fr)
			}
		}

	case *ssa.Panic:
		x := c.reg(in.X)
		if msg, ok := rangeFuncCheck(in); ok {
			return func(fr *frame) { panic(runtimeError(msg)) }
		}
		return func(fr *frame) {
			v := fr.regs[x]
			if v.R == nil {
				// panic(nil) panics with a *runtime.PanicNilError.
				panic(&runtimeErr{msg: "panic called with nil argument", kind: "PanicNilError", plain: true})
			}
			panic(&goPanic{val: v})
		}

	case *ssa.Return:
		rs := c.regsOf(in.Results)
		switch len(rs) {
		case 0:
			return func(fr *frame) {
				if len(fr.defers) > 0 {
					fr.t.runDefer(fr)
					return
				}
				fr.t.popFrame(fr, Value{})
			}
		case 1:
			r := rs[0]
			return func(fr *frame) {
				if len(fr.defers) > 0 {
					fr.t.runDefer(fr)
					return
				}
				fr.t.popFrame(fr, fr.regs[r])
			}
		}
		return func(fr *frame) {
			if len(fr.defers) > 0 {
				fr.t.runDefer(fr)
				return
			}
			vs := make([]Value, len(rs))
			for i, r := range rs {
				vs[i] = fr.regs[r]
			}
			fr.t.popFrame(fr, Value{R: vs})
		}

	case *ssa.Jump:
		b := in.Block()
		to := c.starts[b.Succs[0].Index]
		if e := c.edge(b, b.Succs[0]); e != nil {
			return func(fr *frame) {
				e(fr)
				fr.pc = to
				fr.step()
			}
		}
		return func(fr *frame) {
			fr.pc = to
			fr.step()
		}

	case *ssa.If:
		b := in.Block()
		yes, no := c.starts[b.Succs[0].Index], c.starts[b.Succs[1].Index]
		ey, en := c.edge(b, b.Succs[0]), c.edge(b, b.Succs[1])
		if cmp, ok := in.Cond.(*ssa.BinOp); ok && c.fused[cmp] && ey == nil && en == nil {
			return c.compareBranch(cmp, yes, no)
		}
		cond := c.reg(in.Cond)
		if ey == nil && en == nil {
			return func(fr *frame) {
				if fr.regs[cond].N != 0 {
					fr.pc = yes
				} else {
					fr.pc = no
				}
				fr.step()
			}
		}
		return func(fr *frame) {
			if fr.regs[cond].N != 0 {
				if ey != nil {
					ey(fr)
				}
				fr.pc = yes
			} else {
				if en != nil {
					en(fr)
				}
				fr.pc = no
			}
			fr.step()
		}
	}
	panic(fmt.Sprintf("interp: unexpected instruction %T: %v", in, in))
}

// isLocal reports whether addr is a variable that cannot be shared with
// another goroutine: a stack-allocated local.
func isLocal(addr ssa.Value) bool {
	a, ok := addr.(*ssa.Alloc)
	return ok && !a.Heap
}

// rangeFuncMessages maps the panics go/ssa's range-over-func code raises
// when an iterator misuses its yield function to the runtime errors Go
// raises then.
var rangeFuncMessages = map[string]string{
	"yield function called after range loop exit": "range function continued iteration after function for loop body returned false",
	"iterator call did not preserve panic":        "range function recovered a loop body panic and did not resume panicking",
}

// rangeFuncCheck reports whether in is one of go/ssa's checks on an
// iterator's use of yield, and the runtime error Go raises instead.
func rangeFuncCheck(in *ssa.Panic) (string, bool) {
	mi, ok := in.X.(*ssa.MakeInterface)
	if !ok || in.Pos().IsValid() {
		return "", false
	}
	k, ok := mi.X.(*ssa.Const)
	if !ok || k.Value == nil || k.Value.Kind() != constant.String {
		return "", false
	}
	msg, ok := rangeFuncMessages[constant.StringVal(k.Value)]
	return msg, ok
}

// isMakeSliceAlloc reports whether v is the backing array SSA allocates for
// make([]T, n, c) with a constant c: slicing it to n is that make's check.
func isMakeSliceAlloc(v ssa.Value) bool {
	a, ok := v.(*ssa.Alloc)
	return ok && a.Comment == "makeslice"
}

// makeSliceError is the runtime's error for make([]T, n, c) with n outside
// [0, c]: a length the runtime could never allocate is "len out of range",
// one merely above the capacity "cap out of range".
func makeSliceError(n int64) *runtimeErr {
	if n < 0 || n > 1<<40 {
		return runtimeError("makeslice: len out of range")
	}
	return runtimeError("makeslice: cap out of range")
}

func (c *compiler) slice(in *ssa.Slice) op {
	d, x := c.regs[in], c.reg(in.X)
	lo, hi, max := -1, -1, -1
	if in.Low != nil {
		lo = c.reg(in.Low)
	}
	if in.High != nil {
		hi = c.reg(in.High)
	}
	if in.Max != nil {
		max = c.reg(in.Max)
	}
	xt := c.m.TypeOf(in.X.Type())
	get := func(fr *frame, r int, def int) int {
		if r < 0 {
			return def
		}
		v := fr.regs[r].Int()
		if v < 0 || v > 1<<50 {
			return -1 - 1<<40
		}
		return int(v)
	}
	if xt.Kind == KString {
		return func(fr *frame) {
			s := fr.regs[x].Str()
			l, h := get(fr, lo, 0), get(fr, hi, len(s))
			if h < 0 || h > len(s) {
				panic(boundsError(fmt.Sprintf("slice bounds out of range [:%d] with length %d", fr.regs[hi].Int(), len(s))))
			}
			if l < 0 || l > h {
				panic(boundsError(fmt.Sprintf("slice bounds out of range [%d:%d]", fr.regs[lo].Int(), h)))
			}
			fr.regs[d] = String(s[l:h])
		}
	}
	isPtr := xt.Kind == KPointer
	fromMake := isMakeSliceAlloc(in.X)
	return func(fr *frame) {
		var s []Value
		if isPtr {
			p := fr.regs[x].Ptr()
			if p == nil {
				panic(nilDeref())
			}
			s = p.Elems()
		} else {
			s = fr.regs[x].Elems()
		}
		k := get(fr, max, cap(s))
		h := get(fr, hi, len(s))
		l := get(fr, lo, 0)
		if max >= 0 && (k < 0 || k > cap(s)) {
			panic(boundsError(fmt.Sprintf("slice bounds out of range [::%d] with capacity %d", fr.regs[max].Int(), cap(s))))
		}
		if h < 0 || h > k {
			if fromMake {
				panic(makeSliceError(fr.regs[hi].Int()))
			}
			what := "capacity"
			n := cap(s)
			if max >= 0 {
				panic(boundsError(fmt.Sprintf("slice bounds out of range [:%d:%d]", fr.regs[hi].Int(), k)))
			}
			if isPtr || xt.Kind == KArray {
				what, n = "length", len(s)
			}
			panic(boundsError(fmt.Sprintf("slice bounds out of range [:%d] with %s %d", fr.regs[hi].Int(), what, n)))
		}
		if l < 0 || l > h {
			if max >= 0 {
				panic(boundsError(fmt.Sprintf("slice bounds out of range [%d:%d:]", fr.regs[lo].Int(), h)))
			}
			panic(boundsError(fmt.Sprintf("slice bounds out of range [%d:%d]", fr.regs[lo].Int(), h)))
		}
		if s == nil {
			fr.regs[d] = Value{}
			return
		}
		fr.regs[d] = Value{R: s[l:h:k]}
	}
}

func (c *compiler) typeAssert(in *ssa.TypeAssert) op {
	d, x := c.regs[in], c.reg(in.X)
	at := c.m.TypeOf(in.AssertedType)
	st := c.m.TypeOf(in.X.Type())
	_, toIface := in.AssertedType.Underlying().(*types.Interface)
	commaOk := in.CommaOk
	nilCheck := isMethodValueNilCheck(in)
	return func(fr *frame) {
		i := fr.regs[x].Iface()
		if i == nil && nilCheck {
			panic(nilDeref())
		}
		ok := false
		var v Value
		if i != nil {
			if toIface {
				ok = at.Implements(i.T)
				v = fr.regs[x]
			} else {
				ok = i.T == at
				v = i.V
			}
		}
		if commaOk {
			if !ok {
				v = Zero(at)
				if toIface {
					v = Value{}
				}
			}
			fr.regs[d] = Tuple(v, Bool(ok))
			return
		}
		if !ok {
			panic(typeAssertionError(st, at, i, toIface))
		}
		fr.regs[d] = v
	}
}

// isMethodValueNilCheck reports whether in is the check SSA emits before it
// takes the method value x.M of an interface x (a type assertion of x to
// its own type, at M), not an assertion of the program: for a nil x, Go
// raises a nil dereference there, not a failed assertion.
func isMethodValueNilCheck(in *ssa.TypeAssert) bool {
	if in.CommaOk {
		return false
	}
	if in.Pos() == token.NoPos {
		return true // the check for a receiver of type parameter type
	}
	syn := in.Parent().Syntax()
	if syn == nil {
		return false
	}
	found := false
	ast.Inspect(syn, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok && sel.Sel.Pos() == in.Pos() {
			found = true
		}
		return !found
	})
	return found
}

// typeAssertionError builds the runtime error of a failed x.(T).
func typeAssertionError(st, at *Type, i *Iface, toIface bool) *runtimeErr {
	src := st.Name
	var msg string
	switch {
	case i == nil && toIface:
		// assertE2I does not know the static type.
		msg = fmt.Sprintf("interface conversion: interface is nil, not %s", at.Name)
	case i == nil:
		msg = fmt.Sprintf("interface conversion: %s is nil, not %s", src, at.Name)
	case toIface:
		missing, _ := types.MissingMethod(i.T.T, at.T.Underlying().(*types.Interface), true)
		name := ""
		if missing != nil {
			name = missing.Name()
		}
		msg = fmt.Sprintf("interface conversion: %s is not %s: missing method %s", i.T.Name, at.Name, name)
	default:
		msg = fmt.Sprintf("interface conversion: %s is %s, not %s", src, i.T.Name, at.Name)
	}
	return &runtimeErr{msg: msg, kind: "TypeAssertionError", plain: true}
}

func (c *compiler) goOp(in *ssa.Go) op {
	call := c.callTarget(in.Common())
	pos := in.Pos()
	_ = pos
	return func(fr *frame) {
		t := fr.t
		m := t.m
		if m.Preempt(fr) {
			return
		}
		f, env, args := call(fr)
		if f == nilFunc {
			t.Fatal("go of nil func value")
		}
		if b := m.budgets.Goroutines; b > 0 && len(m.threads) >= b {
			m.budgetExceeded(t, fmt.Sprintf("goroutine budget exceeded (%d goroutines)", b))
		}
		g := m.newThread(t)
		if m.rec != nil {
			m.rec.goCreate(t, g, f)
		}
		g.start(f, env, args)
	}
}

func (c *compiler) deferOp(in *ssa.Defer) op {
	call := c.callTarget(in.Common())
	stack := -1
	if in.DeferStack != nil {
		stack = c.reg(in.DeferStack)
	}
	pos := in.Pos()
	return func(fr *frame) {
		f, env, args := call(fr)
		target := fr
		if stack >= 0 {
			if s, ok := fr.regs[stack].R.(*frame); ok {
				target = s
			}
		}
		target.defers = append(target.defers, deferred{fn: f, env: env, args: args, pos: pos})
	}
}

// callTarget resolves a call for go and defer: the function, its captured
// variables and the evaluated arguments.
func (c *compiler) callTarget(cc *ssa.CallCommon) func(fr *frame) (*Func, []Value, []Value) {
	args := c.regsOf(cc.Args)
	eval := func(fr *frame, recv ...Value) []Value {
		vs := make([]Value, 0, len(recv)+len(args))
		vs = append(vs, recv...)
		for _, a := range args {
			vs = append(vs, fr.regs[a])
		}
		return vs
	}
	switch fn := cc.Value.(type) {
	case *ssa.Builtin:
		b := c.builtin(fn, cc.Args, -1, cc.Pos())
		// b reads the arguments from their registers in this function's
		// frame: give it a frame with the evaluated arguments there.
		nregs := 0
		for _, r := range args {
			nregs = max(nregs, r+1)
		}
		f := &Func{Name: fn.Name(), m: c.m, native: func(t *Thread, vs []Value) Value {
			regs := make([]Value, nregs)
			for i, r := range args {
				regs[r] = vs[i]
			}
			b(&frame{t: t, regs: regs, fn: &Func{}})
			return Value{}
		}}
		return func(fr *frame) (*Func, []Value, []Value) { return f, nil, eval(fr) }
	case *ssa.Function:
		if !cc.IsInvoke() {
			f := c.m.funcOf(fn)
			return func(fr *frame) (*Func, []Value, []Value) { return f, nil, eval(fr) }
		}
	}
	if cc.IsInvoke() {
		recv := c.reg(cc.Value)
		name := cc.Method.Name()
		addr := invokeFaultAddr(cc)
		return func(fr *frame) (*Func, []Value, []Value) {
			i := fr.regs[recv].Iface()
			if i == nil {
				panic(nilDerefAt(addr))
			}
			return i.T.Method(name), nil, eval(fr, i.V)
		}
	}
	fv := c.reg(cc.Value)
	return func(fr *frame) (*Func, []Value, []Value) {
		cl := fr.regs[fv].Closure()
		if cl == nil {
			// defer f() with f nil panics when the call runs.
			return nilFunc, nil, eval(fr)
		}
		return cl.Fn, cl.Env, eval(fr)
	}
}

// nilFunc stands for a nil function value in go and defer statements.
var nilFunc = &Func{Name: "nil", native: func(*Thread, []Value) Value { panic(nilDeref()) }}

// call returns the op of a call whose result goes to register d.
func (c *compiler) call(cc *ssa.CallCommon, d int, pos token.Pos) op {
	if b, ok := cc.Value.(*ssa.Builtin); ok {
		return c.builtin(b, cc.Args, d, pos)
	}
	args := c.regsOf(cc.Args)
	if fn, ok := cc.Value.(*ssa.Function); ok && !cc.IsInvoke() {
		f := c.m.funcOf(fn)
		if f.native != nil {
			nat := f.native
			return func(fr *frame) {
				vs := make([]Value, len(args))
				for i, a := range args {
					vs[i] = fr.regs[a]
				}
				r := nat(fr.t, vs)
				if fr.t.top == fr {
					fr.regs[d] = r
				}
			}
		}
		return func(fr *frame) {
			nf := fr.t.pushCall(f, nil, nil, d)
			for i, a := range args {
				nf.regs[i] = fr.regs[a]
			}
		}
	}
	if cc.IsInvoke() {
		recv := c.reg(cc.Value)
		name := cc.Method.Name()
		var lastT *Type
		var lastF *Func
		addr := invokeFaultAddr(cc)
		return func(fr *frame) {
			i := fr.regs[recv].Iface()
			if i == nil {
				panic(nilDerefAt(addr))
			}
			f := lastF
			if i.T != lastT {
				f = i.T.Method(name)
				lastT, lastF = i.T, f
			}
			if f.native != nil {
				vs := make([]Value, len(args)+1)
				vs[0] = i.V
				for j, a := range args {
					vs[j+1] = fr.regs[a]
				}
				r := f.native(fr.t, vs)
				if fr.t.top == fr {
					fr.regs[d] = r
				}
				return
			}
			nf := fr.t.pushCall(f, nil, nil, d)
			nf.regs[0] = i.V
			for j, a := range args {
				nf.regs[j+1] = fr.regs[a]
			}
		}
	}
	fv := c.reg(cc.Value)
	return func(fr *frame) {
		cl := fr.regs[fv].Closure()
		if cl == nil {
			panic(nilDeref())
		}
		if cl.Fn.native != nil {
			vs := make([]Value, len(args))
			for i, a := range args {
				vs[i] = fr.regs[a]
			}
			r := cl.Fn.native(fr.t, vs)
			if fr.t.top == fr {
				fr.regs[d] = r
			}
			return
		}
		nf := fr.t.pushCall(cl.Fn, nil, nil, d)
		for i, a := range args {
			nf.regs[i] = fr.regs[a]
		}
		copy(nf.regs[len(args):], cl.Env)
	}
}

// compareBranch is an If on an integer comparison, done in one op.
func (c *compiler) compareBranch(cmp *ssa.BinOp, yes, no int) op {
	x, y := c.reg(cmp.X), c.reg(cmp.Y)
	signed := c.m.TypeOf(cmp.X.Type()).Kind.IsSigned()
	var test func(a, b uint64) bool
	switch cmp.Op {
	case token.EQL:
		test = func(a, b uint64) bool { return a == b }
	case token.NEQ:
		test = func(a, b uint64) bool { return a != b }
	}
	if test != nil {
		return func(fr *frame) {
			if test(fr.regs[x].N, fr.regs[y].N) {
				fr.pc = yes
			} else {
				fr.pc = no
			}
			fr.step()
		}
	}
	// Ordered comparisons: written out so the common case x < y inlines.
	op := cmp.Op
	if !signed {
		return func(fr *frame) {
			a, b := fr.regs[x].N, fr.regs[y].N
			var r bool
			switch op {
			case token.LSS:
				r = a < b
			case token.LEQ:
				r = a <= b
			case token.GTR:
				r = a > b
			default:
				r = a >= b
			}
			if r {
				fr.pc = yes
			} else {
				fr.pc = no
			}
			fr.step()
		}
	}
	switch op {
	case token.LSS:
		return func(fr *frame) {
			if int64(fr.regs[x].N) < int64(fr.regs[y].N) {
				fr.pc = yes
			} else {
				fr.pc = no
			}
			fr.step()
		}
	case token.LEQ:
		return func(fr *frame) {
			if int64(fr.regs[x].N) <= int64(fr.regs[y].N) {
				fr.pc = yes
			} else {
				fr.pc = no
			}
			fr.step()
		}
	case token.GTR:
		return func(fr *frame) {
			if int64(fr.regs[x].N) > int64(fr.regs[y].N) {
				fr.pc = yes
			} else {
				fr.pc = no
			}
			fr.step()
		}
	}
	return func(fr *frame) {
		if int64(fr.regs[x].N) >= int64(fr.regs[y].N) {
			fr.pc = yes
		} else {
			fr.pc = no
		}
		fr.step()
	}
}
