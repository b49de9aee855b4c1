// rtype.go: runtime type descriptors, one per distinct Go type.

package interp

import (
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// Kind is the representation class of a type.
type Kind uint8

// The kinds. The order of the integer kinds matters (see isSigned).
const (
	KInvalid Kind = iota
	KBool
	KInt
	KInt8
	KInt16
	KInt32
	KInt64
	KUint
	KUint8
	KUint16
	KUint32
	KUint64
	KUintptr
	KFloat32
	KFloat64
	KComplex64
	KComplex128
	KString
	KPointer
	KSlice
	KArray
	KStruct
	KMap
	KChan
	KFunc
	KInterface
	KUnsafePointer
	KTuple
)

// IsInteger reports whether k is an integer kind.
func (k Kind) IsInteger() bool { return k >= KInt && k <= KUintptr }

// IsSigned reports whether k is a signed integer kind.
func (k Kind) IsSigned() bool { return k >= KInt && k <= KInt64 }

// IsFloat reports whether k is a float kind.
func (k Kind) IsFloat() bool { return k == KFloat32 || k == KFloat64 }

// IsComplex reports whether k is a complex kind.
func (k Kind) IsComplex() bool { return k == KComplex64 || k == KComplex128 }

// A Type describes a Go type at run time: what %T prints, how values of it
// are laid out, compared and hashed, and its methods. Identical go/types
// types share one *Type, so pointer equality is type identity.
type Type struct {
	T      types.Type // the go/types type
	Kind   Kind
	Size   int64  // in bytes, as on GOARCH=wasm (for append growth and budgets)
	Name   string // as %T prints it: "main.Point", "[]int"
	Elem   *Type  // pointer, slice, array, chan, map value
	Key    *Type  // map key
	Len    int    // array length
	Fields []Field
	Named  bool // a defined (named) type

	m         *Machine
	methods   map[string]*Func // by name; filled lazily
	native    map[string]*Func // methods of types made by the interpreter
	implCache map[*Type]bool   // for interface types: which dynamic types implement it
}

// A Field is one struct field.
type Field struct {
	Name     string
	Type     *Type
	Embedded bool
	Exported bool
}

// types builds and interns Type descriptors.
type typeTable struct {
	m     *Machine
	byT   typeutil.Map
	sizes types.Sizes
}

// TypeOf returns the descriptor of t.
func (m *Machine) TypeOf(t types.Type) *Type {
	if rt, ok := m.types.byT.At(t).(*Type); ok {
		return rt
	}
	rt := &Type{T: t, m: m}
	m.types.byT.Set(t, rt)
	rt.Name = types.TypeString(t, qualifier)
	_, rt.Named = types.Unalias(t).(*types.Named)
	if _, ok := t.(*types.Tuple); !ok {
		if b, ok := t.Underlying().(*types.Basic); !ok || b.Info()&types.IsUntyped == 0 {
			rt.Size = m.types.sizes.Sizeof(t)
		} else {
			rt.Size = 8
		}
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		rt.Kind = basicKind(u.Kind())
	case *types.Pointer:
		rt.Kind = KPointer
		rt.Elem = m.TypeOf(u.Elem())
	case *types.Slice:
		rt.Kind = KSlice
		rt.Elem = m.TypeOf(u.Elem())
	case *types.Array:
		rt.Kind = KArray
		rt.Elem = m.TypeOf(u.Elem())
		rt.Len = int(u.Len())
	case *types.Struct:
		rt.Kind = KStruct
		rt.Fields = make([]Field, u.NumFields())
		for i := range rt.Fields {
			f := u.Field(i)
			rt.Fields[i] = Field{Name: f.Name(), Type: m.TypeOf(f.Type()), Embedded: f.Embedded(), Exported: f.Exported()}
		}
	case *types.Map:
		rt.Kind = KMap
		rt.Key = m.TypeOf(u.Key())
		rt.Elem = m.TypeOf(u.Elem())
	case *types.Chan:
		rt.Kind = KChan
		rt.Elem = m.TypeOf(u.Elem())
	case *types.Signature:
		rt.Kind = KFunc
	case *types.Interface:
		rt.Kind = KInterface
	case *types.Tuple:
		rt.Kind = KTuple
	default:
		panic("interp: unexpected type " + t.String())
	}
	return rt
}

func basicKind(k types.BasicKind) Kind {
	switch k {
	case types.Bool, types.UntypedBool:
		return KBool
	case types.Int, types.UntypedInt:
		return KInt
	case types.Int8:
		return KInt8
	case types.Int16:
		return KInt16
	case types.Int32, types.UntypedRune:
		return KInt32
	case types.Int64:
		return KInt64
	case types.Uint:
		return KUint
	case types.Uint8:
		return KUint8
	case types.Uint16:
		return KUint16
	case types.Uint32:
		return KUint32
	case types.Uint64:
		return KUint64
	case types.Uintptr:
		return KUintptr
	case types.Float32:
		return KFloat32
	case types.Float64, types.UntypedFloat:
		return KFloat64
	case types.Complex64:
		return KComplex64
	case types.Complex128, types.UntypedComplex:
		return KComplex128
	case types.String, types.UntypedString:
		return KString
	case types.UnsafePointer:
		return KUnsafePointer
	case types.UntypedNil:
		return KPointer
	}
	return KInvalid
}

// qualifier writes package-qualified names the way %T and panics do: by
// package name ("main.Point", "time.Duration").
func qualifier(p *types.Package) string { return p.Name() }

// Comparable reports whether values of t can be compared with ==.
func (t *Type) Comparable() bool { return types.Comparable(t.T) }

// Implements reports whether the dynamic type dyn implements the interface
// type t.
func (t *Type) Implements(dyn *Type) bool {
	if ok, found := t.implCache[dyn]; found {
		return ok
	}
	if t.implCache == nil {
		t.implCache = make(map[*Type]bool)
	}
	iface := t.T.Underlying().(*types.Interface)
	ok := types.Implements(dyn.T, iface)
	t.implCache[dyn] = ok
	return ok
}

// Method returns the method name of dynamic type t, or nil.
func (t *Type) Method(name string) *Func {
	if f, ok := t.native[name]; ok {
		return f
	}
	if f, ok := t.methods[name]; ok {
		return f
	}
	if t.methods == nil {
		t.methods = make(map[string]*Func)
	}
	var f *Func
	ms := t.m.prog.MethodSets.MethodSet(t.T)
	for i := range ms.Len() {
		sel := ms.At(i)
		if sel.Obj().Name() == name {
			f = t.m.funcOf(t.m.prog.MethodValue(sel))
			break
		}
	}
	t.methods[name] = f
	return f
}
