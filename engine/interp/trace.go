// trace.go: recording the trace of a run (engine/trace) and the API that
// natives use to add their events to it.

package interp

import (
	"go/ast"
	"go/token"
	"go/types"
	"math"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"

	"interleave/engine/trace"
)

// A recorder collects the trace of one run. A Machine has one only when
// tracing: every hook in the interpreter is a nil check when not.
type recorder struct {
	m      *Machine
	tr     trace.Trace
	objs   map[any]int    // object key (a *Chan, a *Value cell, a native's pointer) -> object id
	vars   map[*Value]int // objs of the shared variables, looked up without hashing an interface
	chans  []int          // Chan.ID -> object id, 0: not yet seen
	clock  bool           // inside a timer callback of the virtual clock
	exited bool
	// the object(s) the goroutine about to park waits on (WaitOn)
	blockObj  int
	blockObjs []int
}

// StartTrace makes the machine record a trace of its run.
func (m *Machine) StartTrace() {
	m.rec = &recorder{m: m, objs: make(map[any]int), vars: make(map[*Value]int)}
	m.rec.tr.Version = trace.Version
}

// Tracing reports whether the machine records a trace: natives may skip
// work that only feeds events.
func (m *Machine) Tracing() bool { return m.rec != nil }

// Trace returns the trace of the run (nil when not tracing), with the
// output and exit code; its Schedule is for the caller to fill in.
func (m *Machine) Trace() *trace.Trace {
	r := m.rec
	if r == nil {
		return nil
	}
	r.tr.Compact()
	r.tr.Stdout = m.Stdout.String()
	r.tr.Stderr = m.Stderr.String()
	r.tr.ExitCode = m.exitCode
	return &r.tr
}

// Emit appends e to the trace, numbering it. Natives mostly want
// Thread.Emit, which fills in the goroutine and position.
func (m *Machine) Emit(e trace.Event) {
	r := m.rec
	if r == nil {
		return
	}
	r.tr.Append(&e)
}

// Emit appends e to the trace as done by goroutine t: G and Pos are t's
// unless set.
func (t *Thread) Emit(e trace.Event) {
	if t.m.rec == nil {
		return
	}
	if e.G == 0 {
		e.G = t.ID
	}
	if !e.Pos.IsValid() {
		e.Pos = t.pos()
	}
	t.m.Emit(e)
}

// ObjectID returns the trace's id of the object identified by key (a
// pointer the native owns: the *Value cell of a sync.Mutex, a context's
// state), registering it with kind and name on first use. 0 when not
// tracing. Object ids are given in order of first use, so they are
// deterministic.
func (m *Machine) ObjectID(key any, kind trace.ObjKind, name string) int {
	r := m.rec
	if r == nil {
		return 0
	}
	if id, ok := r.objs[key]; ok {
		return id
	}
	return r.newObject(key, trace.Object{Kind: kind, Name: name})
}

// SetObjectParent records a context's parent context (ids from ObjectID).
func (m *Machine) SetObjectParent(id, parent int) {
	if r := m.rec; r != nil && id > 0 {
		r.tr.Objects[id-1].Parent = parent
	}
}

func (r *recorder) newObject(key any, o trace.Object) int {
	o.ID = len(r.tr.Objects) + 1
	r.tr.Objects = append(r.tr.Objects, o)
	if key != nil {
		r.objs[key] = o.ID
	}
	return o.ID
}

// ArgName returns the program's name for argument i of the call t is
// making (a native's receiver is argument 0): `mu` for mu.Lock(), `c.mu`
// for c.mu.Lock(), "" if there is none. Natives pass it to ObjectID.
func (t *Thread) ArgName(i int) string {
	fr := t.top
	if fr == nil || fr.fn.SSA == nil {
		return ""
	}
	in := fr.fn.instrAt(fr.pc - 1)
	call, ok := in.(ssa.CallInstruction)
	if !ok {
		return ""
	}
	cc := call.Common()
	args := cc.Args
	if cc.IsInvoke() {
		args = append([]ssa.Value{cc.Value}, args...)
	}
	if i < 0 || i >= len(args) {
		return ""
	}
	return valueName(args[i])
}

// ResultName returns the program's name for the variable that the result
// of the call t is making is assigned to (the first, for several):
// `ctx` for ctx, cancel := context.WithCancel(parent); "" if none.
func (t *Thread) ResultName() string {
	fr := t.top
	if fr == nil || fr.fn.SSA == nil {
		return ""
	}
	call, ok := fr.fn.instrAt(fr.pc - 1).(*ssa.Call)
	if !ok {
		return ""
	}
	return assignedName(fr.fn.SSA, call.Pos())
}

// InClock reports whether the virtual clock is running a timer's
// callback (no goroutine is doing what happens then).
func (m *Machine) InClock() bool { return m.rec != nil && m.rec.clock }

// SinceStart converts a virtual time (Unix ns, as Now) to nanoseconds
// since the start of the run, as events carry times.
func (m *Machine) SinceStart(when int64) int64 { return when - playgroundEpoch }

// FormatValue prints v of type t as trace events do: %v without calling
// methods (errors made by natives print their text), shortened.
func FormatValue(t *Type, v Value) string { return formatValue(t, v) }

// WaitOn records, for the block event of the Park (or ParkIn) that must
// follow at once, that t waits on the object id (0: unknown) or, for a
// select, on the objects objs.
func (t *Thread) WaitOn(id int, objs ...int) {
	if r := t.m.rec; r != nil {
		r.blockObj, r.blockObjs = id, objs
	}
}

// BlockedOn records, right after a Park or ParkIn, the object id t now
// waits on: it completes the block event that Park emitted.
func (t *Thread) BlockedOn(id int) {
	r := t.m.rec
	if r == nil || id == 0 {
		return
	}
	r.tr.BlockedOn(t.ID, id)
}

// pos returns the position of the operation t is performing.
func (t *Thread) pos() trace.Pos {
	fr := t.top
	if fr == nil {
		return trace.Pos{}
	}
	// What fr.position() computes, cached by pc in the function: looking
	// a position up in the file set is the dear part of an event.
	pc := fr.pc - 1
	if t.resumed {
		pc = fr.pc
	}
	f := fr.fn
	if pc < 0 || pc >= len(f.pos) || fr.atReturn {
		p := fr.position()
		return trace.Pos{Line: p.Line, Col: p.Column}
	}
	if f.tpos == nil {
		f.tpos = make([]trace.Pos, len(f.pos))
	}
	if p := f.tpos[pc]; p.IsValid() {
		return p
	}
	p := fr.position()
	f.tpos[pc] = trace.Pos{Line: p.Line, Col: p.Column}
	return f.tpos[pc]
}

func (m *Machine) tpos(p token.Pos) trace.Pos {
	if !p.IsValid() {
		return trace.Pos{}
	}
	q := m.fset.Position(p)
	return trace.Pos{Line: q.Line, Col: q.Column}
}

// Hooks called by the interpreter when m.rec != nil.

func (r *recorder) goCreate(creator, g *Thread, f *Func) {
	gr := trace.Goroutine{ID: g.ID, Func: f.Name}
	e := trace.Event{Kind: trace.GoCreate, Other: g.ID}
	if creator != nil {
		gr.Parent = creator.ID
		gr.Pos = creator.pos()
		e.G, e.Pos = creator.ID, gr.Pos
	}
	r.tr.Goroutines = append(r.tr.Goroutines, gr)
	r.tr.Append(&e)
}

func (r *recorder) block(t *Thread, reason string) {
	if r.blockObjs == nil {
		r.tr.AppendOp(trace.GoBlock, t.ID, t.pos(), r.blockObj, 0, trace.Val{}, reason)
	} else {
		r.tr.Append(&trace.Event{Kind: trace.GoBlock, G: t.ID, Pos: t.pos(), Reason: reason, Obj: r.blockObj, Objs: r.blockObjs})
	}
	r.blockObj, r.blockObjs = 0, nil
}

func (r *recorder) unblock(t *Thread) {
	if c := r.m.cur; c != nil && !r.clock && c != t {
		r.tr.AppendOp(trace.GoUnblock, c.ID, c.pos(), 0, t.ID, trace.Val{}, "")
		return
	}
	r.tr.AppendOp(trace.GoUnblock, 0, trace.Pos{}, 0, t.ID, trace.Val{}, "")
}

func (r *recorder) goExit(t *Thread) {
	e := trace.Event{Kind: trace.GoExit, G: t.ID}
	if t.goexited {
		e.Text = "runtime.Goexit"
	}
	r.tr.Append(&e)
}

func (r *recorder) output(t *Thread, fd int, p []byte) {
	e := trace.Event{Kind: trace.Output, N: int64(fd), Text: string(p)}
	if t != nil {
		e.G, e.Pos = t.ID, t.pos()
	}
	r.tr.Append(&e)
}

func (r *recorder) exit(code int) {
	if r.exited {
		return
	}
	r.exited = true
	e := trace.Event{Kind: trace.Exit, N: int64(code)}
	if t := r.m.cur; t != nil {
		e.G = t.ID
	}
	r.tr.Append(&e)
}

func (r *recorder) panic(t *Thread, p *panicking) {
	e := trace.Event{Kind: trace.Panic, G: t.ID, Pos: t.pos()}
	if i := p.val.Iface(); i != nil {
		if f := i.T.Method("Error"); f != nil && f.native != nil {
			e.Value = short(t.CallFunc(f, nil, i.V).Str())
		} else {
			e.Value = formatValue(i.T, i.V)
		}
	} else {
		e.Value = "nil"
	}
	r.tr.Append(&e)
}

func (r *recorder) timeAdvanced() {
	r.tr.Append(&trace.Event{Kind: trace.TimeAdvance, N: r.m.clock.now - playgroundEpoch})
}

// chanObj returns the object id of c.
func (r *recorder) chanObj(c *Chan, name string) int {
	for len(r.chans) <= c.ID {
		r.chans = append(r.chans, 0)
	}
	if id := r.chans[c.ID]; id != 0 {
		return id
	}
	id := r.newObject(nil, trace.Object{Kind: trace.ObjChan, Name: name, Cap: c.cap})
	r.chans[c.ID] = id
	return id
}

func (r *recorder) chanMake(t *Thread, c *Chan, name string) {
	t.Emit(trace.Event{Kind: trace.ChanMake, Obj: r.chanObj(c, name)})
}

// chanOp records a send, receive or close by g on c; other is the
// goroutine at the other end of a direct hand-off.
func (r *recorder) chanOp(kind trace.Kind, g *Thread, c *Chan, v Value, other *Thread, closed bool) {
	if closed {
		r.tr.Append(&trace.Event{Kind: kind, G: g.ID, Pos: g.pos(), Obj: r.chanObj(c, ""), Closed: true, Value: formatValue(c.T.Elem, v)})
		return
	}
	var val trace.Val
	if kind != trace.ChanClose {
		val = r.value(c.T.Elem, v)
	}
	o := 0
	if other != nil {
		o = other.ID
	}
	r.tr.AppendOp(kind, g.ID, g.pos(), r.chanObj(c, ""), o, val, "")
}

// selected records that g's select chose case i (-1: default).
func (r *recorder) selected(g *Thread, i int) {
	r.tr.Append(&trace.Event{Kind: trace.Select, G: g.ID, Pos: g.pos(), N: int64(i)})
}

// access records a read or write of the shared variable at p.
func (r *recorder) access(t *Thread, kind trace.Kind, p *Value, name string, typ *Type, v Value) {
	id, ok := r.vars[p]
	if !ok {
		if id, ok = r.objs[p]; !ok {
			id = r.newObject(p, trace.Object{Kind: trace.ObjVar, Name: name})
		}
		r.vars[p] = id
	}
	r.tr.AppendOp(kind, t.ID, t.pos(), id, 0, r.value(typ, v), "")
}

// value is v of type typ as a trace value: numbers and channels are
// kept as numbers (the trace formats them when it is read).
func (r *recorder) value(typ *Type, v Value) trace.Val {
	switch k := typ.Kind; {
	case k.IsSigned():
		return trace.IntVal(v.Int())
	case k.IsInteger() && v.Uint() <= math.MaxInt64:
		return trace.IntVal(int64(v.Uint()))
	case k == KChan:
		if c, ok := v.R.(*Chan); ok {
			return trace.ChanVal(c.ID)
		}
	}
	return trace.TextVal(formatValue(typ, v))
}

// instrAt returns the SSA instruction of op pc, or nil.
func (f *Func) instrAt(pc int) ssa.Instruction {
	if pc < 0 || pc >= len(f.instrs) {
		return nil
	}
	return f.instrs[pc]
}

// valueName returns the program's name for the variable or value v, or "".
func valueName(v ssa.Value) string {
	switch v := v.(type) {
	case *ssa.Alloc:
		switch v.Comment {
		case "", "new", "complit", "slicelit", "varargs", "makeslice", "range", "rangefunc.exit":
			return ""
		}
		if token.IsIdentifier(v.Comment) {
			return v.Comment
		}
	case *ssa.Global:
		return v.Name()
	case *ssa.Parameter:
		if token.IsIdentifier(v.Name()) {
			return v.Name()
		}
	case *ssa.FreeVar:
		return v.Name()
	case *ssa.Phi:
		if token.IsIdentifier(v.Comment) {
			return v.Comment
		}
	case *ssa.FieldAddr:
		f := fieldName(v.X.Type(), v.Field)
		if base := valueName(v.X); base != "" {
			return base + "." + f
		}
		return f
	case *ssa.Field:
		if base := valueName(v.X); base != "" {
			return base + "." + fieldName(v.X.Type(), v.Field)
		}
	case *ssa.IndexAddr:
		if base := valueName(v.X); base != "" {
			return base + "[]"
		}
	case *ssa.UnOp:
		if v.Op == token.MUL {
			return valueName(v.X)
		}
	case *ssa.ChangeType:
		return valueName(v.X)
	case *ssa.MakeInterface:
		return valueName(v.X)
	case *ssa.MakeChan:
		return assignedName(v.Parent(), v.Pos())
	}
	return ""
}

// assignedName finds the variable or field that the expression whose
// position is pos (a make call's parenthesis) is assigned to in fn's
// syntax: `results := make(chan int)` gives "results".
func assignedName(fn *ssa.Function, pos token.Pos) string {
	if fn == nil || !pos.IsValid() {
		return ""
	}
	syn := fn.Syntax()
	if syn == nil {
		return ""
	}
	is := func(e ast.Expr) bool {
		c, ok := ast.Unparen(e).(*ast.CallExpr)
		return ok && c.Lparen == pos
	}
	name := ""
	ast.Inspect(syn, func(n ast.Node) bool {
		if name != "" || n == nil || pos < n.Pos() || pos >= n.End() {
			return false
		}
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i, e := range n.Rhs {
					if is(e) {
						name = exprName(n.Lhs[i])
					}
				}
			} else if len(n.Rhs) == 1 && is(n.Rhs[0]) {
				name = exprName(n.Lhs[0])
			}
		case *ast.ValueSpec:
			if len(n.Names) == len(n.Values) {
				for i, e := range n.Values {
					if is(e) {
						name = n.Names[i].Name
					}
				}
			} else if len(n.Values) == 1 && is(n.Values[0]) {
				name = n.Names[0].Name
			}
		case *ast.KeyValueExpr:
			if is(n.Value) {
				name = exprName(n.Key)
			}
		}
		return name == ""
	})
	return name
}

func exprName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Ident:
		if e.Name != "_" {
			return e.Name
		}
	case *ast.SelectorExpr:
		if b := exprName(e.X); b != "" {
			return b + "." + e.Sel.Name
		}
		return e.Sel.Name
	case *ast.IndexExpr:
		if b := exprName(e.X); b != "" {
			return b + "[]"
		}
	}
	return ""
}

// maxValueLen bounds the values in events.
const maxValueLen = 48

func short(s string) string {
	if len(s) <= maxValueLen {
		return s
	}
	return s[:maxValueLen-3] + "..."
}

// formatValue prints v of type t as %v does, without calling methods,
// shortened.
// valueFormatters print the values of library struct types whose fields
// say nothing to a reader (time.Time), by type name.
var valueFormatters = map[string]func(Value) string{}

// RegisterFormatter makes trace events print values of the library struct
// type typeName ("time.Time") with f.
func RegisterFormatter(typeName string, f func(Value) string) { valueFormatters[typeName] = f }

func formatValue(t *Type, v Value) (s string) {
	switch k := t.Kind; {
	case k.IsSigned(): // what writeValue does, without its Builder
		return strconv.FormatInt(v.Int(), 10)
	case k.IsInteger():
		return strconv.FormatUint(v.Uint(), 10)
	case k == KBool:
		return strconv.FormatBool(v.Bool())
	case k == KString:
		return short(v.Str())
	case k == KChan:
		if c, ok := v.R.(*Chan); ok {
			return "chan#" + strconv.Itoa(c.ID)
		}
	}
	defer func() {
		// A value natives represent their own way (a library global)
		// prints as "?": the trace must never change the run.
		if recover() != nil {
			s = "?"
		}
	}()
	var b strings.Builder
	writeValue(&b, t, v, 0)
	return short(b.String())
}

func writeValue(b *strings.Builder, t *Type, v Value, depth int) {
	if b.Len() > maxValueLen {
		return
	}
	switch k := t.Kind; {
	case k == KBool:
		b.WriteString(strconv.FormatBool(v.Bool()))
	case k.IsSigned():
		b.WriteString(strconv.FormatInt(v.Int(), 10))
	case k.IsInteger():
		b.WriteString(strconv.FormatUint(v.Uint(), 10))
	case k == KFloat32:
		b.WriteString(strconv.FormatFloat(v.Float(), 'g', -1, 32))
	case k.IsFloat():
		b.WriteString(strconv.FormatFloat(v.Float(), 'g', -1, 64))
	case k.IsComplex():
		b.WriteString(strconv.FormatComplex(v.Complex(), 'g', -1, 128))
	case k == KString:
		b.WriteString(v.Str())
	case k == KStruct:
		if f := valueFormatters[t.Name]; f != nil {
			b.WriteString(f(v))
			return
		}
		if len(v.Elems()) != len(t.Fields) {
			b.WriteString("{?}")
			return
		}
		b.WriteString("{")
		for i, f := range t.Fields {
			if i > 0 {
				b.WriteString(" ")
			}
			writeValue(b, f.Type, v.Elems()[i], depth+1)
		}
		b.WriteString("}")
	case k == KArray, k == KSlice:
		if k == KSlice && v.R == nil {
			b.WriteString("[]")
			return
		}
		b.WriteString("[")
		for i, e := range v.Elems() {
			if i > 0 {
				b.WriteString(" ")
			}
			if b.Len() > maxValueLen {
				break
			}
			writeValue(b, t.Elem, e, depth+1)
		}
		b.WriteString("]")
	case k == KInterface:
		i := v.Iface()
		if i == nil {
			b.WriteString("<nil>")
			return
		}
		if f := i.T.Method("Error"); f != nil && f.native != nil && depth == 0 {
			// Errors made by natives (errors.New, fmt.Errorf) print their text.
			if s, ok := nativeErrorText(i); ok {
				b.WriteString(s)
				return
			}
		}
		writeValue(b, i.T, i.V, depth+1)
	case k == KPointer:
		if v.R == nil {
			b.WriteString("<nil>")
			return
		}
		if depth == 0 && t.Elem.Kind == KStruct {
			b.WriteString("&")
			writeValue(b, t.Elem, *v.Ptr(), depth+1)
			return
		}
		b.WriteString("0xc000010000")
	case k == KMap:
		if m := v.Map(); m != nil {
			b.WriteString("map[len " + strconv.Itoa(m.Len()) + "]")
		} else {
			b.WriteString("map[]")
		}
	case k == KChan, k == KFunc, k == KUnsafePointer:
		if v.R == nil {
			b.WriteString("<nil>")
			return
		}
		if c, ok := v.R.(*Chan); ok {
			b.WriteString("chan#" + strconv.Itoa(c.ID))
			return
		}
		b.WriteString("0xc000010000")
	default:
		b.WriteString("?")
	}
}

// nativeErrorText returns the text of an error value made by a native
// when it is a plain string (the common representation), without calling
// anything.
func nativeErrorText(i *Iface) (string, bool) {
	if s, ok := i.V.R.(string); ok {
		return s, true
	}
	if p, ok := i.V.R.(*Value); ok && p != nil {
		if s, ok := p.R.(string); ok {
			return s, true
		}
	}
	return "", false
}

// fieldName returns the name of field i of the struct that ptr (a pointer
// to a struct, or a struct) has.
func fieldName(ptr types.Type, i int) string {
	t := ptr.Underlying()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem().Underlying()
	}
	if st, ok := t.(*types.Struct); ok && i < st.NumFields() {
		return st.Field(i).Name()
	}
	return ""
}

// handoff records a direct hand-off on c between t and the parked waiter
// w: t sends v to w (tSends) or receives v from w.
func (r *recorder) handoff(t *Thread, w *waiter, c *Chan, v Value, tSends bool) {
	if w.sel != nil {
		r.selected(w.t, w.idx)
	}
	if tSends {
		r.chanOp(trace.ChanSend, t, c, v, w.t, false)
		r.chanOp(trace.ChanRecv, w.t, c, v, t, false)
		return
	}
	r.chanOp(trace.ChanSend, w.t, c, v, t, false)
	r.chanOp(trace.ChanRecv, t, c, v, w.t, false)
}

// parkedSend records that the parked sender w's value went into c's
// buffer (a receive made room).
func (r *recorder) parkedSend(w *waiter, c *Chan) {
	if w.sel != nil {
		r.selected(w.t, w.idx)
	}
	r.chanOp(trace.ChanSend, w.t, c, w.val, nil, false)
}

// closedRecv records that the parked receiver w got the zero value
// because c was closed.
func (r *recorder) closedRecv(w *waiter, c *Chan) {
	if w.sel != nil {
		r.selected(w.t, w.idx)
	}
	r.chanOp(trace.ChanRecv, w.t, c, Zero(c.T.Elem), nil, true)
}

// traceable reports whether loads and stores at addr belong in the trace:
// not the compiler's own variables (init$guard) nor the filling of a
// literal or variadic slice just allocated, which no goroutine can yet
// share.
func traceable(addr ssa.Value) bool {
	for {
		switch a := addr.(type) {
		case *ssa.FieldAddr:
			addr = a.X
			continue
		case *ssa.IndexAddr:
			addr = a.X
			continue
		case *ssa.Global:
			return !strings.Contains(a.Name(), "$")
		case *ssa.Alloc:
			switch a.Comment {
			case "varargs", "slicelit", "complit":
				return false
			}
		}
		return true
	}
}
