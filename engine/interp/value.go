// value.go: the representation of Go values inside the interpreter.

package interp

import (
	"math"
)

// A Value is one Go value as the interpreter holds it. Which field is used
// depends on the value's static type, which the interpreter always knows:
//
//	bool, integers, uintptr   N (two's complement; signed kinds sign-extended)
//	float32, float64          N (math.Float64bits of the float64 value)
//	complex64, complex128     R complex128
//	string                    R string (nil for "")
//	pointer                   R *Value (nil for a nil pointer)
//	struct, array             R []Value: the fields or elements, always non-nil
//	slice                     R []Value (aliasing and cap are Go's own)
//	map                       R *Map (nil for a nil map)
//	chan                      R *Chan
//	func                      R *Closure
//	interface                 R *Iface (nil for a nil interface)
//	tuple (results)           R []Value
//
// Memory is made of Values: a variable is a *Value cell, a struct field or
// array element is an element of its []Value. A pointer is the address of
// such a cell, so FieldAddr and IndexAddr are plain Go address-of.
type Value struct {
	N uint64
	R any
}

// An Iface is a non-nil interface value: its dynamic type and value.
type Iface struct {
	T *Type
	V Value
}

// A Closure is a function value: code plus captured variables.
type Closure struct {
	Fn  *Func
	Env []Value
}

// Int makes a Value of a signed integer.
func Int(i int64) Value { return Value{N: uint64(i)} }

// Uint makes a Value of an unsigned integer.
func Uint(u uint64) Value { return Value{N: u} }

// Bool makes a Value of a bool.
func Bool(b bool) Value {
	if b {
		return Value{N: 1}
	}
	return Value{}
}

// Float makes a Value of a float.
func Float(f float64) Value { return Value{N: math.Float64bits(f)} }

// String makes a Value of a string.
func String(s string) Value {
	if s == "" {
		return Value{}
	}
	return Value{R: s}
}

// Complex makes a Value of a complex number.
func Complex(c complex128) Value { return Value{R: c} }

// Tuple makes a Value holding several results.
func Tuple(vs ...Value) Value { return Value{R: vs} }

// Int returns v as a signed integer.
func (v Value) Int() int64 { return int64(v.N) }

// Uint returns v as an unsigned integer.
func (v Value) Uint() uint64 { return v.N }

// Bool returns v as a bool.
func (v Value) Bool() bool { return v.N != 0 }

// Float returns v as a float.
func (v Value) Float() float64 { return math.Float64frombits(v.N) }

// Str returns v as a string.
func (v Value) Str() string {
	s, _ := v.R.(string)
	return s
}

// Complex returns v as a complex number.
func (v Value) Complex() complex128 {
	c, _ := v.R.(complex128)
	return c
}

// Elems returns the fields of a struct, the elements of an array or slice,
// or the values of a tuple.
func (v Value) Elems() []Value {
	s, _ := v.R.([]Value)
	return s
}

// Ptr returns v as a pointer (nil for a nil pointer).
func (v Value) Ptr() *Value {
	p, _ := v.R.(*Value)
	return p
}

// Iface returns v as an interface (nil for a nil interface).
func (v Value) Iface() *Iface {
	i, _ := v.R.(*Iface)
	return i
}

// Map returns v as a map (nil for a nil map).
func (v Value) Map() *Map {
	m, _ := v.R.(*Map)
	return m
}

// Chan returns v as a channel (nil for a nil channel).
func (v Value) Chan() *Chan {
	c, _ := v.R.(*Chan)
	return c
}

// Closure returns v as a function (nil for a nil func).
func (v Value) Closure() *Closure {
	c, _ := v.R.(*Closure)
	return c
}

// MakeIface boxes v, of dynamic type t, in an interface.
func MakeIface(t *Type, v Value) Value { return Value{R: &Iface{T: t, V: v}} }

// Zero returns the zero value of t. Aggregates get fresh storage.
func Zero(t *Type) Value {
	switch t.Kind {
	case KStruct:
		fs := make([]Value, len(t.Fields))
		for i, f := range t.Fields {
			if f.Type.Kind == KStruct || f.Type.Kind == KArray {
				fs[i] = Zero(f.Type)
			}
		}
		return Value{R: fs}
	case KArray:
		es := make([]Value, t.Len)
		if t.Elem.Kind == KStruct || t.Elem.Kind == KArray {
			for i := range es {
				es[i] = Zero(t.Elem)
			}
		}
		return Value{R: es}
	}
	return Value{}
}

// Copy returns a copy of v, of type t, that shares no storage with it:
// loading a struct or array from memory copies it.
func Copy(t *Type, v Value) Value {
	switch t.Kind {
	case KStruct:
		src := v.Elems()
		dst := make([]Value, len(src))
		for i, f := range t.Fields {
			if f.Type.Kind == KStruct || f.Type.Kind == KArray {
				dst[i] = Copy(f.Type, src[i])
			} else {
				dst[i] = src[i]
			}
		}
		return Value{R: dst}
	case KArray:
		src := v.Elems()
		dst := make([]Value, len(src))
		if t.Elem.Kind == KStruct || t.Elem.Kind == KArray {
			for i := range src {
				dst[i] = Copy(t.Elem, src[i])
			}
		} else {
			copy(dst, src)
		}
		return Value{R: dst}
	}
	return v
}

// Store writes v, of type t, into the cell dst. Aggregates are copied into
// dst's existing storage, so pointers to their fields stay valid.
func Store(t *Type, dst *Value, v Value) {
	switch t.Kind {
	case KStruct:
		d, s := dst.Elems(), v.Elems()
		if d == nil {
			*dst = Copy(t, v)
			return
		}
		for i, f := range t.Fields {
			Store(f.Type, &d[i], s[i])
		}
	case KArray:
		d, s := dst.Elems(), v.Elems()
		if d == nil {
			*dst = Copy(t, v)
			return
		}
		if t.Elem.Kind == KStruct || t.Elem.Kind == KArray {
			for i := range s {
				Store(t.Elem, &d[i], s[i])
			}
		} else {
			copy(d, s)
		}
	default:
		*dst = v
	}
}
