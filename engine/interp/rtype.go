// rtype.go: runtime type descriptors, one per distinct Go type.

package interp

import (
	"go/types"
	"strconv"
	"strings"

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
	rt.Name = TypeString(t)
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

// TypeString prints a type as reflect's Type.String does, which is how the
// runtime names types in its messages and %T prints them: "[]interface {}",
// "map[string]int", "struct { X int }", "main.Pair[int,string]".
func TypeString(t types.Type) string {
	var b strings.Builder
	writeType(&b, t)
	return b.String()
}

func writeType(b *strings.Builder, t types.Type) {
	switch t := t.(type) {
	case *types.Alias:
		writeType(b, types.Unalias(t))
	case *types.Basic:
		switch t.Kind() {
		case types.UntypedNil:
			b.WriteString("nil")
		case types.Byte:
			b.WriteString("uint8")
		case types.Rune:
			b.WriteString("int32")
		default:
			b.WriteString(t.Name())
		}
	case *types.Named:
		obj := t.Obj()
		if obj.Pkg() != nil {
			b.WriteString(obj.Pkg().Name())
			b.WriteByte('.')
		}
		b.WriteString(obj.Name())
		if args := t.TypeArgs(); args.Len() > 0 {
			b.WriteByte('[')
			for i := range args.Len() {
				if i > 0 {
					b.WriteByte(',')
				}
				writeType(b, args.At(i))
			}
			b.WriteByte(']')
		}
	case *types.Pointer:
		b.WriteByte('*')
		writeType(b, t.Elem())
	case *types.Slice:
		b.WriteString("[]")
		writeType(b, t.Elem())
	case *types.Array:
		b.WriteString("[" + strconv.FormatInt(t.Len(), 10) + "]")
		writeType(b, t.Elem())
	case *types.Map:
		b.WriteString("map[")
		writeType(b, t.Key())
		b.WriteByte(']')
		writeType(b, t.Elem())
	case *types.Chan:
		switch t.Dir() {
		case types.SendRecv:
			b.WriteString("chan ")
		case types.SendOnly:
			b.WriteString("chan<- ")
		case types.RecvOnly:
			b.WriteString("<-chan ")
		}
		writeType(b, t.Elem())
	case *types.Signature:
		b.WriteString("func(")
		ps := t.Params()
		for i := range ps.Len() {
			if i > 0 {
				b.WriteString(", ")
			}
			if t.Variadic() && i == ps.Len()-1 {
				b.WriteString("...")
				writeType(b, ps.At(i).Type().(*types.Slice).Elem())
			} else {
				writeType(b, ps.At(i).Type())
			}
		}
		b.WriteByte(')')
		rs := t.Results()
		switch rs.Len() {
		case 0:
		case 1:
			b.WriteByte(' ')
			writeType(b, rs.At(0).Type())
		default:
			b.WriteString(" (")
			for i := range rs.Len() {
				if i > 0 {
					b.WriteString(", ")
				}
				writeType(b, rs.At(i).Type())
			}
			b.WriteByte(')')
		}
	case *types.Struct:
		if t.NumFields() == 0 {
			b.WriteString("struct {}")
			return
		}
		b.WriteString("struct { ")
		for i := range t.NumFields() {
			if i > 0 {
				b.WriteString("; ")
			}
			f := t.Field(i)
			if !f.Embedded() {
				b.WriteString(f.Name())
				b.WriteByte(' ')
			}
			writeType(b, f.Type())
			if tag := t.Tag(i); tag != "" {
				b.WriteString(" " + strconv.Quote(tag))
			}
		}
		b.WriteString(" }")
	case *types.Interface:
		if t.NumMethods() == 0 && t.NumEmbeddeds() == 0 {
			b.WriteString("interface {}")
			return
		}
		if t.NumEmbeddeds() > 0 && t.NumMethods() == 0 {
			b.WriteString(types.TypeString(t, func(p *types.Package) string { return p.Name() }))
			return
		}
		b.WriteString("interface { ")
		for i := range t.NumMethods() {
			if i > 0 {
				b.WriteString("; ")
			}
			m := t.Method(i)
			b.WriteString(m.Name())
			s := TypeString(m.Type())
			b.WriteString(strings.TrimPrefix(s, "func"))
		}
		b.WriteString(" }")
	default:
		b.WriteString(types.TypeString(t, func(p *types.Package) string { return p.Name() }))
	}
}
