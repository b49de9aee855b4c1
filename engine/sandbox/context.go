// context.go: package context — Background/TODO, WithCancel(Cause),
// WithDeadline/WithTimeout (and their Cause forms), WithValue,
// WithoutCancel, AfterFunc and Cause — with deadlines on the virtual clock.
//
// A context is an interface value whose dynamic type is made by the
// interpreter with native methods, named as Go names its unexported types
// (*context.cancelCtx, *context.timerCtx, *context.valueCtx,
// context.backgroundCtx, ...); its value holds a *ctxNode. Cancellation
// propagates down the tree of nodes, never up.
//
// A parent context of the program's own type (a struct embedding a
// context.Context, or one with its own Done channel) becomes a ctxForeign
// node whose methods are called as Go calls them: Value, Deadline, Err and
// Done go to the program's methods. If its Done channel is one of ours (the
// struct embeds one of our contexts), children hang off that context; if it
// is the program's own channel, each cancelable child is watched by a
// goroutine, as Go's propagateCancel starts one.

package sandbox

import (
	"go/types"
	"time"

	"interleave/engine/interp"
	"interleave/engine/trace"
)

type ctxKind uint8

const (
	ctxBackground ctxKind = iota
	ctxTODO
	ctxCancel
	ctxTimer
	ctxValue
	ctxWithoutCancel
	ctxAfterFunc // the registration of an AfterFunc: not a context
	ctxForeign   // a context of the program's own type, seen as a parent
)

// A ctxNode is one context.
type ctxNode struct {
	kind     ctxKind
	parent   *ctxNode // nil for Background and TODO
	done     *interp.Chan
	err      interp.Value // nil interface until cancelled
	cause    interp.Value
	children []*ctxNode
	deadline interp.Value // ctxTimer: the time.Time value
	timer    *interp.Timer
	key, val interp.Value // ctxValue
	fn       interp.Value // ctxAfterFunc
	ran      bool         // ctxAfterFunc: f was started or stopped
	owner    *interp.Thread
	foreign  interp.Value // ctxForeign: the program's context (an interface value)
	// watch (ctxForeign): the program's own Done channel, watched by a
	// goroutine for each cancelable child; unwatch ends a child's watcher.
	watch   *interp.Chan
	unwatch func()
	// canceller is the nearest ancestor-or-self that can be cancelled
	// (nil: never cancelled).
	canceller *ctxNode
}

// ctxTypes holds the machine's context types.
type ctxTypes struct {
	background, todo, cancel, timer, value, withoutCancel *interp.Type
	deadlineErr                                           *interp.Type
	doneChan                                              *interp.Type
	byDone                                                map[*interp.Chan]*ctxNode
}

type ctxKey struct{}

func ctxTypesOf(m *interp.Machine) *ctxTypes {
	return m.State(ctxKey{}, func() any { return makeCtxTypes(m) }).(*ctxTypes)
}

func makeCtxTypes(m *interp.Machine) *ctxTypes {
	timeT := m.LookupType("time", "Time").T
	errT := types.Universe.Lookup("error").Type()
	anyT := types.Universe.Lookup("any").Type()
	doneT := types.NewChan(types.RecvOnly, types.NewStruct(nil, nil))
	methods := []interp.Method{
		{Name: "Deadline", Results: []types.Type{timeT, types.Typ[types.Bool]}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			d, ok := nodeOf(args[0]).deadlineOf(t)
			if !ok {
				return interp.Tuple(timeValue(time.Time{}), interp.Bool(false))
			}
			return interp.Tuple(d, interp.Bool(true))
		}},
		{Name: "Done", Results: []types.Type{doneT}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			n := nodeOf(args[0])
			if n.canceller == nil {
				if f := n.foreignAncestor(); f != nil {
					return callCtx(t, f.foreign, "Done")
				}
				return interp.Value{}
			}
			return interp.Value{R: n.canceller.done}
		}},
		{Name: "Err", Results: []types.Type{errT}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			if t.Preempt() {
				return interp.Value{}
			}
			n := nodeOf(args[0])
			if n.canceller == nil {
				if f := n.foreignAncestor(); f != nil {
					return callCtx(t, f.foreign, "Err")
				}
				return interp.Value{}
			}
			return n.canceller.err
		}},
		{Name: "Value", Params: []types.Type{anyT}, Results: []types.Type{anyT}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			return nodeOf(args[0]).value(t, args[1])
		}},
		{Name: "String", Results: []types.Type{types.Typ[types.String]}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			return interp.String(nodeOf(args[0]).String(t))
		}},
	}
	u := types.Typ[types.Uintptr]
	ts := &ctxTypes{
		background:    m.NativeType("context", "backgroundCtx", u, false, methods),
		todo:          m.NativeType("context", "todoCtx", u, false, methods),
		cancel:        m.NativeType("context", "cancelCtx", u, true, methods),
		timer:         m.NativeType("context", "timerCtx", u, true, methods),
		value:         m.NativeType("context", "valueCtx", u, true, methods),
		withoutCancel: m.NativeType("context", "withoutCancelCtx", u, false, methods),
		doneChan:      m.TypeOf(types.NewChan(types.SendRecv, types.NewStruct(nil, nil))),
		byDone:        map[*interp.Chan]*ctxNode{},
	}
	ts.deadlineErr = m.NativeType("context", "deadlineExceededError", types.NewStruct(nil, nil), false, []interp.Method{
		{Name: "Error", Results: []types.Type{types.Typ[types.String]}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			return interp.String("context deadline exceeded")
		}},
		{Name: "Timeout", Results: []types.Type{types.Typ[types.Bool]}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			return interp.Bool(true)
		}},
		{Name: "Temporary", Results: []types.Type{types.Typ[types.Bool]}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			return interp.Bool(true)
		}},
	})
	return ts
}

func nodeOf(v interp.Value) *ctxNode {
	n, _ := v.R.(*ctxNode)
	return n
}

// parentNode returns the node of a parent context: nil for a nil parent
// (Go panics), Background for a context of the program's own type.
func parentNode(t *interp.Thread, v interp.Value) *ctxNode {
	i := v.Iface()
	if i == nil {
		libPanic(t, "cannot create context from nil parent")
	}
	if n, ok := i.V.R.(*ctxNode); ok {
		return n
	}
	// The program's own context type: ask it for its Done channel, as
	// Go's propagateCancel does.
	f := &ctxNode{kind: ctxForeign, foreign: v}
	if c, ok := callCtx(t, v, "Done").R.(*interp.Chan); ok && c != nil {
		if own := ctxTypesOf(t.Machine()).byDone[c]; own != nil {
			f.canceller = own // it embeds one of our contexts
		} else {
			f.watch = c
		}
	}
	return f
}

// callCtx calls the method name of the program's context v.
func callCtx(t *interp.Thread, v interp.Value, name string, args ...interp.Value) interp.Value {
	i := v.Iface()
	return t.CallFunc(i.T.Method(name), nil, append([]interp.Value{i.V}, args...)...)
}

// foreignAncestor returns the program's context that n's Done and Err come
// from (n itself, or reached through WithValue nodes), or nil.
func (n *ctxNode) foreignAncestor() *ctxNode {
	for ; n != nil; n = n.parent {
		switch n.kind {
		case ctxForeign:
			return n
		case ctxValue:
			continue
		}
		return nil
	}
	return nil
}

func (n *ctxNode) iface(m *interp.Machine) interp.Value {
	ts := ctxTypesOf(m)
	var t *interp.Type
	switch n.kind {
	case ctxBackground:
		t = ts.background
	case ctxTODO:
		t = ts.todo
	case ctxCancel:
		t = ts.cancel
	case ctxTimer:
		t = ts.timer
	case ctxValue:
		t = ts.value
	case ctxWithoutCancel:
		t = ts.withoutCancel
	case ctxForeign:
		return n.foreign
	}
	return interp.MakeIface(t, interp.Value{R: n})
}

func (n *ctxNode) deadlineOf(t *interp.Thread) (interp.Value, bool) {
	for ; n != nil; n = n.parent {
		switch n.kind {
		case ctxForeign:
			r := callCtx(t, n.foreign, "Deadline").Elems()
			return r[0], r[1].Bool()
		case ctxTimer:
			return n.deadline, true
		case ctxWithoutCancel:
			return interp.Value{}, false
		}
	}
	return interp.Value{}, false
}

func (n *ctxNode) value(t *interp.Thread, key interp.Value) interp.Value {
	anyT := t.Machine().TypeOf(types.Universe.Lookup("any").Type())
	for ; n != nil; n = n.parent {
		if n.kind == ctxForeign {
			return callCtx(t, n.foreign, "Value", key)
		}
		if n.kind == ctxValue && interp.Equal(anyT, n.key, key) {
			return n.val
		}
	}
	return interp.Value{}
}

// ctxKindNames name the kinds of context in ctx.new events.
var ctxKindNames = [...]string{"Background", "TODO", "WithCancel", "WithDeadline", "WithValue", "WithoutCancel", "AfterFunc"}

// traceCtx records that t made the context n (its object is named after
// the variable the call's result goes to).
func traceCtx(t *interp.Thread, n *ctxNode) {
	m := t.Machine()
	if !m.Tracing() || n.kind == ctxAfterFunc {
		return
	}
	id := m.ObjectID(n, trace.ObjContext, t.ResultName())
	if n.parent != nil {
		m.SetObjectParent(id, m.ObjectID(n.parent, trace.ObjContext, ""))
	}
	t.Emit(trace.Event{Kind: trace.CtxCreate, Obj: id, Text: ctxKindNames[n.kind]})
}

// traceCancel records that n was cancelled with err and cause, by the
// running goroutine or (none) by the clock.
func traceCancel(m *interp.Machine, n *ctxNode, err, cause interp.Value) {
	if !m.Tracing() {
		return
	}
	e := trace.Event{Kind: trace.CtxCancel, Obj: m.ObjectID(n, trace.ObjContext, ""), Value: "context canceled"}
	if i := err.Iface(); i != nil && i.T == ctxTypesOf(m).deadlineErr {
		e.Value = "context deadline exceeded"
	}
	if i := cause.Iface(); i != nil && cause != err {
		e.Text = interp.FormatValue(i.T, i.V)
	}
	if t := m.Current(); t != nil && !m.InClock() {
		t.Emit(e)
	} else {
		m.Emit(e)
	}
}

// newChild makes a node of kind under parent, wired into the cancel tree.
func newChild(t *interp.Thread, parent *ctxNode, kind ctxKind) *ctxNode {
	n := &ctxNode{kind: kind, parent: parent, owner: t}
	defer traceCtx(t, n)
	switch kind {
	case ctxValue:
		n.canceller = parent.canceller
		return n
	case ctxWithoutCancel:
		return n
	}
	if kind != ctxAfterFunc {
		n.canceller = n
		n.done = t.Machine().NewChan(ctxTypesOf(t.Machine()).doneChan, 0)
		ctxTypesOf(t.Machine()).byDone[n.done] = n
	}
	propagateCancel(t, parent, n)
	return n
}

// propagateCancel arranges for n to be cancelled with parent: as a child
// of parent's canceller, or, for a program's context with its own Done
// channel, by a watching goroutine (Go starts one too).
func propagateCancel(t *interp.Thread, parent, n *ctxNode) {
	m := t.Machine()
	if p := parent.canceller; p != nil {
		if p.err.R != nil {
			n.cancel(m, p.err, p.cause)
		} else {
			p.children = append(p.children, n)
		}
		return
	}
	f := parent.foreignAncestor()
	if f == nil || f.watch == nil {
		return
	}
	fire := func(t *interp.Thread) {
		err := callCtx(t, f.foreign, "Err")
		n.cancel(m, err, err)
	}
	if f.watch.Closed() {
		fire(t)
		return
	}
	n.unwatch = m.Watch(t, "context.(*cancelCtx).propagateCancel", f.watch, func() {
		n.unwatch = nil
		if cur := m.Current(); cur != nil && !m.InClock() {
			fire(cur)
		} else {
			n.cancel(m, canceledErr(m), interp.Value{})
		}
	})
}

// cancel cancels n and its descendants with err and cause (nil: err).
func (n *ctxNode) cancel(m *interp.Machine, err, cause interp.Value) {
	if n.unwatch != nil {
		n.unwatch()
		n.unwatch = nil
	}
	if n.kind == ctxAfterFunc {
		if !n.ran {
			n.ran = true
			m.Spawn(n.owner, "context.AfterFunc.func1", n.fn, nil, nil)
		}
		return
	}
	if n.err.R != nil {
		return
	}
	if cause.R == nil {
		cause = err
	}
	n.err, n.cause = err, cause
	traceCancel(m, n, err, cause)
	n.owner.Close(n.done)
	children := n.children
	n.children = nil
	for _, c := range children {
		c.cancel(m, err, cause)
	}
	if n.timer != nil {
		m.StopTimer(n.timer)
		n.timer = nil
	}
}

// detach removes n from its canceller's children.
func (n *ctxNode) detach() {
	if n.parent == nil || n.parent.canceller == nil {
		return
	}
	p := n.parent.canceller
	for i, c := range p.children {
		if c == n {
			p.children = append(p.children[:i], p.children[i+1:]...)
			return
		}
	}
}

func canceledErr(m *interp.Machine) interp.Value { return *m.Global("context", "Canceled") }

// cancelFunc returns the CancelFunc (or CancelCauseFunc) of n.
func cancelFunc(n *ctxNode, withCause bool) interp.Value {
	return interp.NativeClosure("context.WithCancel.func1", func(t *interp.Thread, args []interp.Value) interp.Value {
		if t.Preempt() {
			return interp.Value{}
		}
		var cause interp.Value
		if withCause {
			cause = args[0]
		}
		n.cancel(t.Machine(), canceledErr(t.Machine()), cause)
		n.detach()
		return interp.Value{}
	})
}

// withDeadline makes a context cancelled at d with cause (or a plain
// cancelable child if the parent's deadline comes first).
func withDeadline(t *interp.Thread, parentV interp.Value, dv interp.Value, cause interp.Value) interp.Value {
	m := t.Machine()
	parent := parentNode(t, parentV)
	d := timeOf(dv)
	if cur, ok := parent.deadlineOf(t); ok && timeOf(cur).Before(d) {
		n := newChild(t, parent, ctxCancel)
		return interp.Tuple(n.iface(m), cancelFunc(n, false))
	}
	n := newChild(t, parent, ctxTimer)
	n.deadline = dv
	if n.err.R == nil {
		dl := interp.MakeIface(ctxTypesOf(m).deadlineErr, interp.Value{})
		if !d.After(now(m)) {
			n.cancel(m, dl, cause)
			n.detach()
		} else {
			n.timer = &interp.Timer{When: d.UnixNano(), F: func(int64) {
				n.timer = nil
				n.cancel(m, dl, cause)
				n.detach()
			}}
			m.AddTimer(n.timer)
		}
	}
	return interp.Tuple(n.iface(m), cancelFunc(n, false))
}

// ctxString names a context as Go's String methods do.
func (n *ctxNode) String(t *interp.Thread) string {
	parent := func() string {
		if n.parent == nil {
			return "context.Background"
		}
		return n.parent.String(t)
	}
	switch n.kind {
	case ctxForeign:
		// Go's contextName: String() if it has one, else the type.
		i := n.foreign.Iface()
		if f := i.T.Method("String"); f != nil {
			return t.CallFunc(f, nil, i.V).Str()
		}
		return i.T.Name
	case ctxBackground:
		return "context.Background"
	case ctxTODO:
		return "context.TODO"
	case ctxCancel:
		return parent() + ".WithCancel"
	case ctxTimer:
		return parent() + ".WithDeadline(" + vtimeOf(n.deadline).String() + " [" + timeOf(n.deadline).Sub(now(t.Machine())).String() + "])"
	case ctxValue:
		return parent() + ".WithValue(" + stringify(t, n.key) + ", " + stringify(t, n.val) + ")"
	case ctxWithoutCancel:
		return parent() + ".WithoutCancel"
	}
	return "context"
}

func stringify(t *interp.Thread, v interp.Value) string {
	i := v.Iface()
	if i == nil {
		return "<nil>"
	}
	if f := i.T.Method("String"); f != nil {
		return t.CallFunc(f, nil, i.V).Str()
	}
	if i.T.Kind == interp.KString && !i.T.Named {
		return i.V.Str()
	}
	return i.T.Name
}

// timeoutDeadline is time.Now().Add(d), the deadline of WithTimeout.
func timeoutDeadline(t *interp.Thread, d int64) interp.Value {
	vt := vtimeOf(nowValue(t.Machine(), t.Machine().Now()))
	vt.t = vt.t.Add(time.Duration(d))
	vt.mono += d
	return vt.value()
}

func init() {
	interp.RegisterGlobal("context.Canceled", func(m *interp.Machine, _ *interp.Type) interp.Value {
		return interp.MakeIface(m.NativeErrorType("errors", "errorString"), interp.String("context canceled"))
	})
	interp.RegisterGlobal("context.DeadlineExceeded", func(m *interp.Machine, _ *interp.Type) interp.Value {
		return interp.MakeIface(ctxTypesOf(m).deadlineErr, interp.Value{})
	})
	interp.Register("context.Background", func(t *interp.Thread, args []interp.Value) interp.Value {
		n := &ctxNode{kind: ctxBackground}
		traceCtx(t, n)
		return n.iface(t.Machine())
	})
	interp.Register("context.TODO", func(t *interp.Thread, args []interp.Value) interp.Value {
		n := &ctxNode{kind: ctxTODO}
		traceCtx(t, n)
		return n.iface(t.Machine())
	})
	interp.Register("context.WithCancel", func(t *interp.Thread, args []interp.Value) interp.Value {
		n := newChild(t, parentNode(t, args[0]), ctxCancel)
		return interp.Tuple(n.iface(t.Machine()), cancelFunc(n, false))
	})
	interp.Register("context.WithCancelCause", func(t *interp.Thread, args []interp.Value) interp.Value {
		n := newChild(t, parentNode(t, args[0]), ctxCancel)
		return interp.Tuple(n.iface(t.Machine()), cancelFunc(n, true))
	})
	interp.Register("context.WithDeadline", func(t *interp.Thread, args []interp.Value) interp.Value {
		return withDeadline(t, args[0], args[1], interp.Value{})
	})
	interp.Register("context.WithDeadlineCause", func(t *interp.Thread, args []interp.Value) interp.Value {
		return withDeadline(t, args[0], args[1], args[2])
	})
	interp.Register("context.WithTimeout", func(t *interp.Thread, args []interp.Value) interp.Value {
		return withDeadline(t, args[0], timeoutDeadline(t, args[1].Int()), interp.Value{})
	})
	interp.Register("context.WithTimeoutCause", func(t *interp.Thread, args []interp.Value) interp.Value {
		return withDeadline(t, args[0], timeoutDeadline(t, args[1].Int()), args[2])
	})
	interp.Register("context.WithValue", func(t *interp.Thread, args []interp.Value) interp.Value {
		parent := parentNode(t, args[0])
		k := args[1].Iface()
		if k == nil {
			libPanic(t, "nil key")
		}
		if !k.T.Comparable() {
			libPanic(t, "key is not comparable")
		}
		n := newChild(t, parent, ctxValue)
		n.key, n.val = args[1], args[2]
		return n.iface(t.Machine())
	})
	interp.Register("context.WithoutCancel", func(t *interp.Thread, args []interp.Value) interp.Value {
		n := newChild(t, parentNode(t, args[0]), ctxWithoutCancel)
		return n.iface(t.Machine())
	})
	interp.Register("context.Cause", func(t *interp.Thread, args []interp.Value) interp.Value {
		if t.Preempt() {
			return interp.Value{}
		}
		i := args[0].Iface()
		if i == nil {
			t.NilDeref()
		}
		n, ok := i.V.R.(*ctxNode)
		if !ok {
			return t.CallFunc(i.T.Method("Err"), nil, i.V)
		}
		if n.canceller == nil {
			return interp.Value{}
		}
		return n.canceller.cause
	})
	interp.Register("context.AfterFunc", func(t *interp.Thread, args []interp.Value) interp.Value {
		if args[0].Iface() == nil {
			// Go's AfterFunc calls ctx.Done() without checking ctx:
			// the fault is at Done's slot of the (nil) itab.
			t.NilDerefAt(0x20)
		}
		parent := parentNode(t, args[0])
		n := &ctxNode{kind: ctxAfterFunc, parent: parent, owner: t, fn: args[1]}
		propagateCancel(t, parent, n)
		return interp.NativeClosure("context.AfterFunc.func2", func(t *interp.Thread, _ []interp.Value) interp.Value {
			if t.Preempt() {
				return interp.Value{}
			}
			if n.ran {
				return interp.Bool(false)
			}
			n.ran = true
			n.detach()
			if n.unwatch != nil {
				n.unwatch()
				n.unwatch = nil
			}
			return interp.Bool(true)
		})
	})
}
