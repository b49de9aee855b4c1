// native.go: what natives need from the interpreter beyond calls: native
// closures, library globals, types made at run time, per-run state.

package interp

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// NativeFunc makes a Func implemented by f, for function values that natives
// create (the iterators of slices.All, the closures of sync.OnceFunc).
func NativeFunc(name string, f Native) *Func { return &Func{Name: name, native: f} }

// NativeClosure makes a function value implemented by f.
func NativeClosure(name string, f Native) Value {
	return Value{R: &Closure{Fn: NativeFunc(name, f)}}
}

// A GlobalInit computes the initial value of a library package's variable,
// of type t, when the program first uses it.
type GlobalInit func(m *Machine, t *Type) Value

var globalInits = map[string]GlobalInit{}

// RegisterGlobal installs the initial value of the library variable named
// name ("os.Stdout", "io.EOF", "strconv.ErrSyntax"). Without one, a library
// variable starts as its zero value.
func RegisterGlobal(name string, f GlobalInit) { globalInits[name] = f }

// globalInit returns the registered initialiser of g, if any.
func globalInit(g *ssa.Global) GlobalInit {
	if g.Pkg == nil || g.Pkg.Pkg.Path() == "main" {
		return nil
	}
	return globalInits[g.Pkg.Pkg.Path()+"."+g.Name()]
}

// Global returns the cell of the library variable pkg.name ("os", "Args"),
// or nil if the program's packages do not have it.
func (m *Machine) Global(pkg, name string) *Value {
	p := m.prog.ImportedPackage(pkg)
	if p == nil {
		return nil
	}
	g, ok := p.Members[name].(*ssa.Global)
	if !ok {
		return nil
	}
	return m.global(g)
}

// LookupType returns the type pkg.name of a library package the program
// uses, or nil.
func (m *Machine) LookupType(pkg, name string) *Type {
	p := m.prog.ImportedPackage(pkg)
	if p == nil {
		return nil
	}
	tn, ok := p.Pkg.Scope().Lookup(name).(*types.TypeName)
	if !ok {
		return nil
	}
	return m.TypeOf(tn.Type())
}

// A Method is a method of a type made by NativeType.
type Method struct {
	Name    string
	Params  []types.Type
	Results []types.Type
	Fn      Native
}

// NativeType returns the named type pkg.name with underlying type under and
// the given methods, all on the pointer receiver if ptr (then the result is
// the pointer type): the unexported types of the library that natives make,
// such as *fmt.wrapError. Calls with the same pkg, name and ptr return the
// same type.
func (m *Machine) NativeType(pkg, name string, under types.Type, ptr bool, methods []Method) *Type {
	key := "native:" + pkg + "." + name
	if ptr {
		key = "*" + key
	}
	if t, ok := m.errTypes[key]; ok {
		return t
	}
	p := types.NewPackage(pkg, pkg[lastSlash(pkg)+1:])
	obj := types.NewTypeName(token.NoPos, p, name, nil)
	named := types.NewNamed(obj, under, nil)
	var recvT types.Type = named
	if ptr {
		recvT = types.NewPointer(named)
	}
	t := m.TypeOf(recvT)
	t.native = make(map[string]*Func)
	tuple := func(ts []types.Type) *types.Tuple {
		vs := make([]*types.Var, len(ts))
		for i, x := range ts {
			vs[i] = types.NewVar(token.NoPos, p, "", x)
		}
		return types.NewTuple(vs...)
	}
	for _, md := range methods {
		recv := types.NewVar(token.NoPos, p, "x", recvT)
		sig := types.NewSignatureType(recv, nil, nil, tuple(md.Params), tuple(md.Results), false)
		named.AddMethod(types.NewFunc(token.NoPos, p, md.Name, sig))
		t.native[md.Name] = &Func{Name: pkg + "." + name + "." + md.Name, native: md.Fn}
	}
	if m.errTypes == nil {
		m.errTypes = make(map[string]*Type)
	}
	m.errTypes[key] = t
	return t
}

func lastSlash(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '/' {
			return i
		}
	}
	return -1
}

// State returns the run's value for key, made by mk on first use: the
// per-run state of a library package (the seeded source of math/rand).
func (m *Machine) State(key any, mk func() any) any {
	if v, ok := m.state[key]; ok {
		return v
	}
	if m.state == nil {
		m.state = make(map[any]any)
	}
	v := mk()
	m.state[key] = v
	return v
}

// Uint64 returns a number from the run's seeded random stream, for
// library randomness Go leaves unspecified (the top-level math/rand source).
func (m *Machine) Uint64() uint64 { return m.rand.Uint64() }

// Append appends vs to the slice s of elem as Go's append does, with Go's
// capacity growth.
func (t *Thread) Append(elem *Type, s, vs []Value) []Value { return t.appendValues(elem, s, vs) }

// IsNative reports whether f is implemented by a native.
func (f *Func) IsNative() bool { return f.native != nil }

// CallRecover calls f like CallFunc, but a Go panic that escapes the call
// is recovered: it returns the panic value and true (how fmt prints
// "%!v(PANIC=String method: ...)").
func (t *Thread) CallRecover(f *Func, env []Value, args ...Value) (res, pv Value, panicked bool) {
	res, p := t.callRecover(f, env, args...)
	if p != nil {
		return res, p.val, true
	}
	return res, Value{}, false
}

// callRecover is CallRecover returning the escaped panic itself (with its
// stack and signal), or nil.
func (t *Thread) callRecover(f *Func, env []Value, args ...Value) (res Value, escaped *panicking) {
	n := len(t.panics)
	depth := t.depth
	top := t.top
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		switch r := r.(type) {
		case unwindThroughHost:
			escaped = t.panics[len(t.panics)-1]
			t.panics = t.panics[:n]
		case *goPanic:
			escaped = &panicking{val: r.val}
		case *runtimeErr:
			escaped = &panicking{val: t.m.runtimeErrorValue(r), runtimeErr: true, sigsegv: r.sigsegv, addr: r.addr}
		default:
			panic(r)
		}
		t.top, t.depth = top, depth
	}()
	return t.CallFunc(f, env, args...), nil
}

// IsControl reports whether r, a value a host panic carries, is the
// interpreter's own: a Go panic or runtime error of the program unwinding
// through a native's host stack, the end of a goroutine or of the run.
// Natives that turn host panics into Go panics must let these go on.
func IsControl(r any) bool {
	switch r.(type) {
	case unwindThroughHost, *goPanic, *runtimeErr, goexitSignal, budgetStop, *fatalError:
		return true
	}
	return false
}

// Unsupported stops the run: the program used a library feature the
// playground does not implement.
func (m *Machine) Unsupported(t *Thread, what string) { m.unsupported(t, what) }
