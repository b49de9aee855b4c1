// panic.go: runtime errors, and printing panics and tracebacks as Go does.

package interp

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// runtimeErr is a Go runtime error raised by an operation, such as an index
// out of range. It travels as a host panic to the run loop, which turns it
// into a Go panic of the goroutine.
type runtimeErr struct {
	msg     string
	kind    string // the runtime's type: "boundsError", "errorString", ...
	plain   bool   // Error() has no "runtime error: " prefix
	sigsegv bool
	addr    uint64 // the faulting address of a nil dereference (faultaddr.go)
}

// staticRuntimeErrors are the messages of the runtime errors the runtime
// raises with one preallocated value (divideError, memoryError, a constant
// plainError, a *PanicNilError of size zero): the same error raised again
// while the first is recovered is a re-panic of the same value, printed
// once "[recovered, repanicked]". The others (bounds errors, failed
// assertions, messages naming a type) are allocated each time.
var staticRuntimeErrors = map[string]bool{
	"integer divide by zero":                            true,
	"integer overflow":                                  true,
	"invalid memory address or nil pointer dereference": true,
	"panic called with nil argument":                    true,
	"assignment to entry in nil map":                    true,
	"makeslice: len out of range":                       true,
	"makeslice: cap out of range":                       true,
	"makechan: size out of range":                       true,
	"negative shift amount":                             true,
	"close of nil channel":                              true,
	"close of closed channel":                           true,
	"send on closed channel":                            true,
}

// static reports whether r is one of staticRuntimeErrors.
func (r *runtimeErr) static() bool {
	return r.kind != "boundsError" && r.kind != "TypeAssertionError" && staticRuntimeErrors[r.msg]
}

func runtimeError(msg string) *runtimeErr { return &runtimeErr{msg: msg, kind: "errorString"} }

func boundsError(msg string) *runtimeErr { return &runtimeErr{msg: msg, kind: "boundsError"} }

// indexError is the error of x[i] with i out of range [0, n).
func indexError(i int64, n int) *runtimeErr {
	if i < 0 {
		return boundsError(fmt.Sprintf("index out of range [%d]", i))
	}
	return boundsError(fmt.Sprintf("index out of range [%d] with length %d", i, n))
}

func plainError(msg string) *runtimeErr {
	return &runtimeErr{msg: msg, kind: "plainError", plain: true}
}

func nilDeref() *runtimeErr { return nilDerefAt(0) }

// nilDerefAt is a nil dereference that faults at address addr, as the
// SIGSEGV line shows it.
func nilDerefAt(addr uint64) *runtimeErr {
	return &runtimeErr{msg: "invalid memory address or nil pointer dereference", kind: "errorString", sigsegv: true, addr: addr}
}

// RuntimeError raises a Go runtime error ("runtime error: " + msg).
func (t *Thread) RuntimeError(msg string) { panic(runtimeError(msg)) }

// runtimeErrorValue makes the interface value a recover of r returns: a
// value of a runtime type that implements runtime.Error.
func (m *Machine) runtimeErrorValue(r *runtimeErr) Value {
	text := r.msg
	if !r.plain && r.kind != "errorString" {
		text = "runtime error: " + r.msg
	}
	name := r.kind
	ptr := false
	if name == "TypeAssertionError" || name == "PanicNilError" {
		ptr = true
	}
	return MakeIface(m.nativeErrorType("runtime", name, ptr, true), String(text))
}

// nativeErrorType returns a type pkg.name (or *pkg.name) whose values are
// strings and whose Error method returns them: runtime errors, and errors
// made by natives (errors.New gives *errors.errorString).
func (m *Machine) nativeErrorType(pkg, name string, ptr, isRuntime bool) *Type {
	key := pkg + "." + name
	if ptr {
		key = "*" + key
	}
	if t, ok := m.errTypes[key]; ok {
		return t
	}
	if isRuntime {
		if rt := m.LookupType(pkg, name); rt != nil {
			// The program names the type (r.(*runtime.PanicNilError)):
			// its panics must have that very type.
			t := rt
			if ptr {
				t = m.TypeOf(types.NewPointer(rt.T))
			}
			t.native = errorMethods(pkg, name, ptr)
			if m.errTypes == nil {
				m.errTypes = make(map[string]*Type)
			}
			m.errTypes[key] = t
			return t
		}
	}
	p := types.NewPackage(pkg, pkg)
	obj := types.NewTypeName(token.NoPos, p, name, nil)
	named := types.NewNamed(obj, types.Typ[types.String], nil)
	var recvT types.Type = named
	if ptr {
		recvT = types.NewPointer(named)
	}
	str := types.NewTuple(types.NewVar(token.NoPos, nil, "", types.Typ[types.String]))
	recv := types.NewVar(token.NoPos, p, "e", recvT)
	named.AddMethod(types.NewFunc(token.NoPos, p, "Error", types.NewSignatureType(recv, nil, nil, nil, str, false)))
	if isRuntime {
		named.AddMethod(types.NewFunc(token.NoPos, p, "RuntimeError", types.NewSignatureType(recv, nil, nil, nil, nil, false)))
	}
	t := m.TypeOf(recvT)
	t.native = errorMethods(pkg, name, ptr)
	if m.errTypes == nil {
		m.errTypes = make(map[string]*Type)
	}
	m.errTypes[key] = t
	return t
}

// errorMethods are the methods of an error type made by nativeErrorType,
// whose values are their Error() text.
func errorMethods(pkg, name string, ptr bool) map[string]*Func {
	errorMethod := func(t *Thread, args []Value) Value { return args[0] }
	if pkg == "runtime" && name == "errorString" && !ptr {
		// A runtime.errorString holds its message alone, as %#v shows.
		errorMethod = func(t *Thread, args []Value) Value { return String("runtime error: " + args[0].Str()) }
	}
	return map[string]*Func{
		"Error": {Name: pkg + "." + name + ".Error", native: errorMethod},
		"RuntimeError": {Name: pkg + "." + name + ".RuntimeError", native: func(t *Thread, args []Value) Value {
			return Value{}
		}},
	}
}

// NativeErrorType is nativeErrorType for natives: a pointer type pkg.name
// whose values are their Error() text.
func (m *Machine) NativeErrorType(pkg, name string) *Type {
	return m.nativeErrorType(pkg, name, true, false)
}

// panicValueString prints a panic value as the runtime does.
// A panic in the value's Error or String method is returned as escaped
// (the runtime then throws "panic while printing panic value").
func (m *Machine) panicValueString(t *Thread, v Value) (s string, escaped *panicking) {
	i := v.Iface()
	if i == nil {
		return "nil", nil
	}
	for _, name := range []string{"Error", "String"} {
		if f := i.T.Method(name); f != nil && isStringMethod(f) {
			res, p := t.callRecover(f, nil, i.V)
			if p != nil {
				return "", p
			}
			return indent(res.Str()), nil
		}
	}
	return rawPanicValue(v), nil
}

// rawPanicValue formats a panic value as the runtime prints it without
// calling its Error or String method.
func rawPanicValue(v Value) string {
	i := v.Iface()
	if i == nil {
		return "nil"
	}
	s := printValue(i.T, i.V)
	if i.T.Named {
		switch {
		case i.T.Kind == KString:
			return i.T.Name + `("` + indent(i.V.Str()) + `")`
		case i.T.Kind.IsComplex():
			return i.T.Name + s
		case i.T.Kind <= KFloat64:
			return i.T.Name + "(" + s + ")"
		}
	}
	switch {
	case i.T.Kind == KString:
		return indent(i.V.Str())
	case i.T.Kind <= KComplex128:
		return s
	}
	return "(" + i.T.Name + ") 0xc000012120"
}

func isStringMethod(f *Func) bool {
	if f.native != nil {
		return true
	}
	sig := f.SSA.Signature
	return sig.Params().Len() == 0 && sig.Results().Len() == 1 && types.Identical(sig.Results().At(0).Type(), types.Typ[types.String])
}

func indent(s string) string { return strings.ReplaceAll(s, "\n", "\n\t") }

// printValue formats a basic value as the runtime's print builtin does.
func printValue(t *Type, v Value) string {
	switch k := t.Kind; {
	case k == KBool:
		return strconv.FormatBool(v.Bool())
	case k.IsSigned():
		return strconv.FormatInt(v.Int(), 10)
	case k.IsInteger():
		return strconv.FormatUint(v.Uint(), 10)
	case k == KFloat32:
		return strconv.FormatFloat(v.Float(), 'g', -1, 32)
	case k.IsFloat():
		return strconv.FormatFloat(v.Float(), 'g', -1, 64)
	case k == KComplex64:
		return strconv.FormatComplex(v.Complex(), 'g', -1, 64)
	case k.IsComplex():
		return strconv.FormatComplex(v.Complex(), 'g', -1, 128)
	case k == KString:
		return v.Str()
	case k == KPointer, k == KChan, k == KMap, k == KFunc, k == KUnsafePointer:
		if v.R == nil {
			return "0x0"
		}
		return "0xc000012120"
	case k == KSlice:
		if v.R == nil {
			return "[0/0]0x0" // a nil slice: no array
		}
		s := v.Elems()
		return fmt.Sprintf("[%d/%d]0xc000012120", len(s), cap(s))
	case k == KInterface:
		if v.R == nil {
			return "(0x0,0x0)"
		}
		return "(0x4b6f20,0xc000012120)"
	}
	return "?"
}

// Caller reports the function and position of the frame skip levels above
// the top of t's stack (0: the function calling the native), as
// runtime.Caller does.
func (t *Thread) Caller(skip int) (fn string, pos token.Position, ok bool) {
	fr := t.top
	for ; fr != nil && skip > 0; skip-- {
		fr = fr.caller
	}
	if fr == nil || fr.fn.SSA == nil {
		return "", token.Position{}, false
	}
	return goFuncName(fr.fn.SSA), fr.position(), true
}

// traceback writes a goroutine's header and stack as Go prints them.
func (t *Thread) traceback(b *strings.Builder, state string) {
	t.tracebackLimited(b, state, 100)
}

func (t *Thread) tracebackLimited(b *strings.Builder, state string, limit int) {
	if t.lockedToThread() {
		state += ", locked to thread"
	}
	fmt.Fprintf(b, "goroutine %d [%s]:\n", t.ID, state)
	if t.blockedIn != "" && state != "running" {
		fmt.Fprintf(b, "%s(...)\n\t%s\n", t.blockedIn, "?")
	}
	var frames []*frame
	for fr := t.top; fr != nil; fr = fr.caller {
		if fn := fr.fn.SSA; fn != nil && isWrapper(fn) && (fr != t.top || !strings.HasPrefix(fn.Synthetic, "wrapper for ")) {
			// Go's tracebacks leave out method wrappers, but for one
			// that panicked itself (calling a method of a nil
			// embedded interface, say): <autogenerated>:1.
			continue
		}
		if fn := fr.fn.SSA; fn != nil && fn.Synthetic == "package initializer" {
			// The runtime calls the package's variable initialisation
			// and each init function itself: the stack ends there, and
			// the initializer shows only while it runs its own code.
			if n := len(frames); n == 0 || !strings.HasPrefix(frames[n-1].fn.SSA.Name(), "init#") {
				frames = append(frames, fr)
			}
			break
		}
		frames = append(frames, fr)
	}
	if len(frames) > limit {
		// Like Go: the innermost frames, then the outermost.
		t.writeFrames(b, frames[:limit/2])
		fmt.Fprintf(b, "...%d frames elided...\n", len(frames)-limit)
		t.writeFrames(b, frames[len(frames)-limit/2:])
	} else {
		t.writeFrames(b, frames)
	}
	if c := t.createdBy; c != nil {
		fmt.Fprintf(b, "created by %s in goroutine %d\n\t%s:%d +0x0\n", c.fn, c.id, c.pos.Filename, c.pos.Line)
	}
}

func (t *Thread) writeFrames(b *strings.Builder, frames []*frame) {
	for _, fr := range frames {
		if fr.fn.SSA == nil {
			// The body of a goroutine started on a library function:
			// blockedIn names the function.
			continue
		}
		p := fr.position()
		if isWrapper(fr.fn.SSA) {
			p = token.Position{Filename: "<autogenerated>", Line: 1}
		}
		args := "()"
		if sig := fr.fn.SSA.Signature; sig.Params().Len() > 0 || sig.Recv() != nil {
			args = "(...)"
		}
		fmt.Fprintf(b, "%s%s\n\t%s:%d +0x0\n", goFuncName(fr.fn.SSA), args, p.Filename, p.Line)
	}
}

// returnPosition is the position of the return fr is running its deferred
// calls for: its return statement, or the closing brace of the body.
func (fr *frame) returnPosition() (token.Position, bool) {
	fset := fr.t.m.fset
	if fr.pc >= 0 && fr.pc < len(fr.fn.instrs) {
		in := fr.fn.instrs[fr.pc]
		if r, ok := in.(*ssa.Return); ok && r.Pos().IsValid() {
			return fset.Position(r.Pos()), true
		}
		if _, ok := in.(*ssa.RunDefers); ok && in.Block() != nil {
			instrs := in.Block().Instrs
			for i := len(instrs) - 1; i >= 0 && instrs[i] != in; i-- {
				if r, ok := instrs[i].(*ssa.Return); ok && r.Pos().IsValid() {
					return fset.Position(r.Pos()), true
				}
			}
		}
	}
	switch syn := fr.fn.SSA.Syntax().(type) {
	case *ast.FuncDecl:
		if syn.Body != nil {
			return fset.Position(syn.Body.Rbrace), true
		}
	case *ast.FuncLit:
		return fset.Position(syn.Body.Rbrace), true
	}
	return token.Position{}, false
}

// isWrapper reports whether fn is one of the methods, bound methods and
// thunks go/ssa synthesises around a declared method.
func isWrapper(fn *ssa.Function) bool {
	s := fn.Synthetic
	return strings.HasPrefix(s, "wrapper for ") || strings.HasPrefix(s, "bound method wrapper for ") || strings.HasPrefix(s, "thunk for ")
}

// rangeYield is go/ssa's Synthetic for the body of a range-over-func loop.
const rangeYield = "range-over-func yield"

// goFuncName names fn as Go's tracebacks do: main.main.func1,
// main.(*T).M, main.Map[...].
func goFuncName(fn *ssa.Function) string {
	if fn == nil {
		return "?"
	}
	if p := fn.Parent(); p != nil {
		// An anonymous function: parent.funcN, nested ones parent.funcN.M;
		// the body of a range-over-func loop: parent-rangeN. Each kind
		// is numbered on its own.
		yield := fn.Synthetic == rangeYield
		idx := 0
		for _, a := range p.AnonFuncs {
			if (a.Synthetic == rangeYield) == yield {
				idx++
			}
			if a == fn {
				break
			}
		}
		switch {
		case yield:
			return goFuncName(p) + "-range" + strconv.Itoa(idx)
		case p.Parent() != nil && p.Synthetic != rangeYield:
			return goFuncName(p) + "." + strconv.Itoa(idx)
		}
		return goFuncName(p) + ".func" + strconv.Itoa(idx)
	}
	if o := fn.Origin(); o != nil {
		if o.Signature.Recv() != nil {
			return goFuncName(o) // main.(*List[...]).Push
		}
		return goFuncName(o) + "[...]"
	}
	pkg := "main"
	if fn.Pkg != nil {
		pkg = fn.Pkg.Pkg.Path()
	} else if o := fn.Object(); o != nil && o.Pkg() != nil {
		pkg = o.Pkg().Path()
	}
	if recv := fn.Signature.Recv(); recv != nil {
		rt := recv.Type()
		ptr := false
		if p, ok := rt.(*types.Pointer); ok {
			rt, ptr = p.Elem(), true
		}
		name := rt.String()
		if n, ok := types.Unalias(rt).(*types.Named); ok {
			name = n.Obj().Name()
			if n.TypeArgs().Len() > 0 {
				name += "[...]"
			}
		}
		if ptr {
			return pkg + ".(*" + name + ")." + fn.Name()
		}
		return pkg + "." + name + "." + fn.Name()
	}
	name := fn.Name()
	if i := strings.IndexByte(name, '$'); i >= 0 {
		name = name[:i]
	}
	if n, ok := strings.CutPrefix(name, "init#"); ok {
		// The n-th init function (from 1) is init.n-1.
		if i, err := strconv.Atoi(n); err == nil {
			name = "init." + strconv.Itoa(i-1)
		}
	}
	return pkg + "." + name
}

// identical reports whether two panic values are the same interface value.
func (m *Machine) identical(a, b Value) bool {
	ia, ib := a.Iface(), b.Iface()
	if ia == nil || ib == nil {
		return ia == ib
	}
	if ia.T != ib.T {
		return false
	}
	if ia.T.Kind == KStruct || ia.T.Kind == KArray || ia.T.Kind == KSlice || ia.T.Kind == KMap || ia.T.Kind == KFunc {
		return ia == ib
	}
	return ia.V == ib.V
}

// lockedToThread reports whether Go prints t as locked to its thread: the
// main goroutine while it runs package initialisation, which runtime.main
// does locked to the main thread.
func (t *Thread) lockedToThread() bool {
	if t.ID != 1 || t.coro {
		return false
	}
	for fr := t.top; fr != nil; fr = fr.caller {
		if fn := fr.fn.SSA; fn != nil && fn.Synthetic == "package initializer" {
			return true
		}
	}
	return false
}
