// ops.go: arithmetic, comparison, conversion and the builtins.

package interp

import (
	"fmt"
	"go/token"
	"go/types"
	"math"
	"strings"
	"unicode/utf8"

	"golang.org/x/tools/go/ssa"

	"interleave/engine/trace"
)

// wrap truncates x to the width of integer kind k, sign-extending signed
// kinds.
func wrap(k Kind, x uint64) uint64 {
	switch k {
	case KInt8:
		return uint64(int64(int8(x)))
	case KInt16:
		return uint64(int64(int16(x)))
	case KInt32:
		return uint64(int64(int32(x)))
	case KUint8:
		return uint64(uint8(x))
	case KUint16:
		return uint64(uint16(x))
	case KUint32:
		return uint64(uint32(x))
	}
	return x
}

func round32(k Kind, f float64) float64 {
	if k == KFloat32 {
		return float64(float32(f))
	}
	return f
}

func roundC64(k Kind, c complex128) complex128 {
	if k == KComplex64 {
		return complex128(complex64(c))
	}
	return c
}

func (c *compiler) binOp(in *ssa.BinOp) op {
	d, x, y := c.regs[in], c.reg(in.X), c.reg(in.Y)
	t := c.m.TypeOf(in.X.Type())
	k := t.Kind
	switch in.Op {
	case token.EQL:
		if k.IsInteger() || k == KBool {
			return func(fr *frame) { fr.regs[d].N = b2n(fr.regs[x].N == fr.regs[y].N) }
		}
		return func(fr *frame) { fr.regs[d] = Bool(equal(t, fr.regs[x], fr.regs[y])) }
	case token.NEQ:
		if k.IsInteger() || k == KBool {
			return func(fr *frame) { fr.regs[d].N = b2n(fr.regs[x].N != fr.regs[y].N) }
		}
		return func(fr *frame) { fr.regs[d] = Bool(!equal(t, fr.regs[x], fr.regs[y])) }
	case token.SHL, token.SHR:
		sk := c.m.TypeOf(in.Y.Type()).Kind
		return shiftOp(in.Op, k, sk, d, x, y)
	}
	switch {
	case k.IsInteger():
		if cy, ok := in.Y.(*ssa.Const); ok {
			if o := intConstOp(in.Op, k, d, x, c.m.constValue(cy).N); o != nil {
				return o
			}
		}
		return intOp(in.Op, k, d, x, y)
	case k.IsFloat():
		return floatOp(in.Op, k, d, x, y)
	case k.IsComplex():
		return complexOp(in.Op, k, d, x, y)
	case k == KString:
		return stringOp(in.Op, d, x, y)
	}
	panic(fmt.Sprintf("interp: binop %v on %v", in.Op, t.Name))
}

// b2n is the N of a bool Value.
func b2n(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// wide reports whether integer kind k is 64 bits wide: its results need no
// wrap.
func wide(k Kind) bool {
	return k == KInt || k == KInt64 || k == KUint || k == KUint64 || k == KUintptr
}

// The ops of integer kinds write only N: an integer register's R is nil from
// the frame's template on (see Value), so it need not be cleared again.

// intConstOp returns a superinstruction for x op n, n a constant, or nil.
func intConstOp(o token.Token, k Kind, d, x int, n uint64) op {
	if !wide(k) {
		return nil
	}
	switch o {
	case token.ADD:
		return func(fr *frame) { fr.regs[d].N = fr.regs[x].N + n }
	case token.SUB:
		return func(fr *frame) { fr.regs[d].N = fr.regs[x].N - n }
	case token.MUL:
		return func(fr *frame) { fr.regs[d].N = fr.regs[x].N * n }
	}
	return nil
}

func intOp(o token.Token, k Kind, d, x, y int) op {
	signed := k.IsSigned()
	switch o {
	case token.ADD:
		if wide(k) {
			return func(fr *frame) { fr.regs[d].N = fr.regs[x].N + fr.regs[y].N }
		}
		return func(fr *frame) { fr.regs[d].N = wrap(k, fr.regs[x].N+fr.regs[y].N) }
	case token.SUB:
		if wide(k) {
			return func(fr *frame) { fr.regs[d].N = fr.regs[x].N - fr.regs[y].N }
		}
		return func(fr *frame) { fr.regs[d].N = wrap(k, fr.regs[x].N-fr.regs[y].N) }
	case token.MUL:
		return func(fr *frame) { fr.regs[d].N = wrap(k, fr.regs[x].N*fr.regs[y].N) }
	case token.QUO:
		if signed {
			return func(fr *frame) {
				b := int64(fr.regs[y].N)
				if b == 0 {
					panic(runtimeError("integer divide by zero"))
				}
				fr.regs[d].N = wrap(k, uint64(int64(fr.regs[x].N)/b))
			}
		}
		return func(fr *frame) {
			b := fr.regs[y].N
			if b == 0 {
				panic(runtimeError("integer divide by zero"))
			}
			fr.regs[d].N = fr.regs[x].N / b
		}
	case token.REM:
		if signed {
			return func(fr *frame) {
				b := int64(fr.regs[y].N)
				if b == 0 {
					panic(runtimeError("integer divide by zero"))
				}
				fr.regs[d].N = wrap(k, uint64(int64(fr.regs[x].N)%b))
			}
		}
		return func(fr *frame) {
			b := fr.regs[y].N
			if b == 0 {
				panic(runtimeError("integer divide by zero"))
			}
			fr.regs[d].N = fr.regs[x].N % b
		}
	case token.AND:
		return func(fr *frame) { fr.regs[d].N = fr.regs[x].N & fr.regs[y].N }
	case token.OR:
		return func(fr *frame) { fr.regs[d].N = fr.regs[x].N | fr.regs[y].N }
	case token.XOR:
		return func(fr *frame) { fr.regs[d].N = wrap(k, fr.regs[x].N^fr.regs[y].N) }
	case token.AND_NOT:
		return func(fr *frame) { fr.regs[d].N = fr.regs[x].N &^ fr.regs[y].N }
	case token.LSS:
		if signed {
			return func(fr *frame) { fr.regs[d].N = b2n(int64(fr.regs[x].N) < int64(fr.regs[y].N)) }
		}
		return func(fr *frame) { fr.regs[d].N = b2n(fr.regs[x].N < fr.regs[y].N) }
	case token.LEQ:
		if signed {
			return func(fr *frame) { fr.regs[d].N = b2n(int64(fr.regs[x].N) <= int64(fr.regs[y].N)) }
		}
		return func(fr *frame) { fr.regs[d].N = b2n(fr.regs[x].N <= fr.regs[y].N) }
	case token.GTR:
		if signed {
			return func(fr *frame) { fr.regs[d].N = b2n(int64(fr.regs[x].N) > int64(fr.regs[y].N)) }
		}
		return func(fr *frame) { fr.regs[d].N = b2n(fr.regs[x].N > fr.regs[y].N) }
	case token.GEQ:
		if signed {
			return func(fr *frame) { fr.regs[d].N = b2n(int64(fr.regs[x].N) >= int64(fr.regs[y].N)) }
		}
		return func(fr *frame) { fr.regs[d].N = b2n(fr.regs[x].N >= fr.regs[y].N) }
	}
	panic(fmt.Sprintf("interp: int op %v", o))
}

func shiftOp(o token.Token, k, sk Kind, d, x, y int) op {
	bits := uint64(64)
	switch k {
	case KInt8, KUint8:
		bits = 8
	case KInt16, KUint16:
		bits = 16
	case KInt32, KUint32:
		bits = 32
	}
	_ = bits
	signedCount := sk.IsSigned()
	return func(fr *frame) {
		s := fr.regs[y].N
		if signedCount && int64(s) < 0 {
			panic(runtimeError("negative shift amount"))
		}
		v := fr.regs[x].N
		if o == token.SHL {
			if s >= 64 {
				fr.regs[d] = Value{}
				return
			}
			fr.regs[d] = Value{N: wrap(k, v<<s)}
			return
		}
		if s >= 64 {
			s = 63
			if !k.IsSigned() {
				fr.regs[d] = Value{}
				return
			}
		}
		if k.IsSigned() {
			fr.regs[d] = Value{N: wrap(k, uint64(int64(v)>>s))}
		} else {
			fr.regs[d] = Value{N: v >> s}
		}
	}
}

func floatOp(o token.Token, k Kind, d, x, y int) op {
	f := func(g func(a, b float64) float64) op {
		return func(fr *frame) {
			fr.regs[d] = Float(round32(k, g(fr.regs[x].Float(), fr.regs[y].Float())))
		}
	}
	cmp := func(g func(a, b float64) bool) op {
		return func(fr *frame) { fr.regs[d] = Bool(g(fr.regs[x].Float(), fr.regs[y].Float())) }
	}
	switch o {
	case token.ADD:
		return f(func(a, b float64) float64 { return a + b })
	case token.SUB:
		return f(func(a, b float64) float64 { return a - b })
	case token.MUL:
		return f(func(a, b float64) float64 { return a * b })
	case token.QUO:
		return f(func(a, b float64) float64 { return a / b })
	case token.LSS:
		return cmp(func(a, b float64) bool { return a < b })
	case token.LEQ:
		return cmp(func(a, b float64) bool { return a <= b })
	case token.GTR:
		return cmp(func(a, b float64) bool { return a > b })
	case token.GEQ:
		return cmp(func(a, b float64) bool { return a >= b })
	}
	panic(fmt.Sprintf("interp: float op %v", o))
}

func complexOp(o token.Token, k Kind, d, x, y int) op {
	f := func(g func(a, b complex128) complex128) op {
		return func(fr *frame) {
			fr.regs[d] = Complex(roundC64(k, g(fr.regs[x].Complex(), fr.regs[y].Complex())))
		}
	}
	switch o {
	case token.ADD:
		return f(func(a, b complex128) complex128 { return a + b })
	case token.SUB:
		return f(func(a, b complex128) complex128 { return a - b })
	case token.MUL:
		return f(func(a, b complex128) complex128 { return a * b })
	case token.QUO:
		return f(func(a, b complex128) complex128 { return a / b })
	}
	panic(fmt.Sprintf("interp: complex op %v", o))
}

func stringOp(o token.Token, d, x, y int) op {
	cmp := func(g func(a, b string) bool) op {
		return func(fr *frame) { fr.regs[d] = Bool(g(fr.regs[x].Str(), fr.regs[y].Str())) }
	}
	switch o {
	case token.ADD:
		return func(fr *frame) {
			a, b := fr.regs[x].Str(), fr.regs[y].Str()
			fr.t.Alloc(int64(len(a) + len(b)))
			fr.regs[d] = String(a + b)
		}
	case token.LSS:
		return cmp(func(a, b string) bool { return a < b })
	case token.LEQ:
		return cmp(func(a, b string) bool { return a <= b })
	case token.GTR:
		return cmp(func(a, b string) bool { return a > b })
	case token.GEQ:
		return cmp(func(a, b string) bool { return a >= b })
	}
	panic(fmt.Sprintf("interp: string op %v", o))
}

// Equal reports whether a == b for values of type t, panicking like Go on
// uncomparable dynamic types.
func Equal(t *Type, a, b Value) bool { return equal(t, a, b) }

func equal(t *Type, a, b Value) bool {
	switch t.Kind {
	case KString:
		return a.Str() == b.Str()
	case KFloat32, KFloat64:
		return a.Float() == b.Float()
	case KComplex64, KComplex128:
		return a.Complex() == b.Complex()
	case KStruct:
		ae, be := a.Elems(), b.Elems()
		for i, f := range t.Fields {
			if f.Name == "_" {
				continue
			}
			if !equal(f.Type, ae[i], be[i]) {
				return false
			}
		}
		return true
	case KArray:
		ae, be := a.Elems(), b.Elems()
		for i := range ae {
			if !equal(t.Elem, ae[i], be[i]) {
				return false
			}
		}
		return true
	case KInterface:
		ia, ib := a.Iface(), b.Iface()
		if ia == nil || ib == nil {
			return ia == ib
		}
		if ia.T != ib.T {
			return false
		}
		if !ia.T.Comparable() {
			panic(runtimeError("comparing uncomparable type " + ia.T.Name))
		}
		return equal(ia.T, ia.V, ib.V)
	case KSlice:
		return (a.Elems() == nil) == (b.Elems() == nil)
	case KMap:
		return a.Map() == b.Map()
	case KFunc:
		return a.Closure() == b.Closure()
	}
	return a.N == b.N && a.R == b.R
}

func (c *compiler) unOp(in *ssa.UnOp) op {
	d, x := c.regs[in], c.reg(in.X)
	t := c.m.TypeOf(in.X.Type())
	k := t.Kind
	switch in.Op {
	case token.NOT:
		return func(fr *frame) { fr.regs[d] = Bool(fr.regs[x].N == 0) }
	case token.SUB:
		switch {
		case k.IsInteger():
			return func(fr *frame) { fr.regs[d] = Value{N: wrap(k, -fr.regs[x].N)} }
		case k.IsFloat():
			return func(fr *frame) { fr.regs[d] = Float(-fr.regs[x].Float()) }
		case k.IsComplex():
			return func(fr *frame) { fr.regs[d] = Complex(-fr.regs[x].Complex()) }
		}
	case token.XOR:
		return func(fr *frame) { fr.regs[d] = Value{N: wrap(k, ^fr.regs[x].N)} }
	case token.MUL:
		et := t.Elem
		faultAddr := loadFaultAddr(in)
		visible := !isLocal(in.X)
		name, traced := valueName(in.X), traceable(in.X)
		if et.Kind == KStruct || et.Kind == KArray {
			return func(fr *frame) {
				if visible && fr.t.m.Preempt(fr) {
					return
				}
				p := fr.regs[x].Ptr()
				if p == nil {
					panic(nilDerefAt(faultAddr))
				}
				fr.regs[d] = Copy(et, *p)
				if r := fr.m.rec; r != nil && visible && traced {
					r.access(fr.t, trace.Read, p, name, et, fr.regs[d])
				}
			}
		}
		if !visible {
			return func(fr *frame) { fr.regs[d] = *fr.regs[x].R.(*Value) }
		}
		return func(fr *frame) {
			if fr.t.m.Preempt(fr) {
				return
			}
			p := fr.regs[x].Ptr()
			if p == nil {
				panic(nilDerefAt(faultAddr))
			}
			fr.regs[d] = *p
			if r := fr.m.rec; r != nil && traced {
				r.access(fr.t, trace.Read, p, name, et, *p)
			}
		}
	case token.ARROW:
		commaOk := in.CommaOk
		return func(fr *frame) {
			if fr.t.m.Preempt(fr) {
				return
			}
			fr.t.recv(fr, fr.regs[x].Chan(), d, commaOk)
		}
	}
	panic(fmt.Sprintf("interp: unop %v on %v", in.Op, t.Name))
}

// convert returns the op of a conversion from type from to type to.
func (c *compiler) convert(d, x int, from, to types.Type) op {
	ft, tt := c.m.TypeOf(from), c.m.TypeOf(to)
	fk, tk := ft.Kind, tt.Kind
	switch {
	case fk.IsInteger() && tk.IsInteger():
		return func(fr *frame) { fr.regs[d] = Value{N: wrap(tk, fr.regs[x].N)} }
	case fk.IsInteger() && tk.IsFloat():
		if fk.IsSigned() {
			return func(fr *frame) { fr.regs[d] = Float(round32(tk, float64(int64(fr.regs[x].N)))) }
		}
		return func(fr *frame) { fr.regs[d] = Float(round32(tk, float64(fr.regs[x].N))) }
	case fk.IsFloat() && tk.IsInteger():
		if tk.IsSigned() {
			return func(fr *frame) { fr.regs[d] = Value{N: wrap(tk, uint64(int64(fr.regs[x].Float())))} }
		}
		return func(fr *frame) {
			f := fr.regs[x].Float()
			if f < 0 {
				fr.regs[d] = Value{N: wrap(tk, uint64(int64(f)))}
				return
			}
			fr.regs[d] = Value{N: wrap(tk, uint64(f))}
		}
	case fk.IsFloat() && tk.IsFloat():
		return func(fr *frame) { fr.regs[d] = Float(round32(tk, fr.regs[x].Float())) }
	case fk.IsComplex() && tk.IsComplex():
		return func(fr *frame) { fr.regs[d] = Complex(roundC64(tk, fr.regs[x].Complex())) }
	case fk.IsInteger() && tk == KString:
		signed := fk.IsSigned()
		return func(fr *frame) {
			n := fr.regs[x].N
			r := rune(utf8.RuneError)
			if (signed && int64(n) >= 0 && int64(n) <= utf8.MaxRune) || (!signed && n <= utf8.MaxRune) {
				r = rune(n)
			}
			fr.regs[d] = String(string(r))
		}
	case fk == KString && tk == KString:
		return func(fr *frame) { fr.regs[d] = fr.regs[x] }
	case fk == KString && tk == KSlice:
		capOf := c.conversionCap(d, tt.Elem)
		if tt.Elem.Kind == KInt32 {
			return func(fr *frame) {
				s := fr.regs[x].Str()
				n := utf8.RuneCountInString(s)
				out := make([]Value, 0, max(n, capOf(n)))
				for _, r := range s {
					out = append(out, Value{N: uint64(int64(r))})
				}
				fr.t.Alloc(int64(4 * len(out)))
				fr.regs[d] = Value{R: out}
			}
		}
		return func(fr *frame) {
			s := fr.regs[x].Str()
			fr.t.Alloc(int64(len(s)))
			b := bytesToValues(s)
			if k := capOf(len(b)); k > len(b) {
				b = append(make([]Value, 0, k), b...)
			}
			fr.regs[d] = Value{R: b}
		}
	case fk == KSlice && tk == KString:
		if ft.Elem.Kind == KInt32 {
			return func(fr *frame) {
				var b strings.Builder
				for _, v := range fr.regs[x].Elems() {
					b.WriteRune(rune(int32(v.N)))
				}
				fr.regs[d] = String(b.String())
			}
		}
		return func(fr *frame) { fr.regs[d] = String(valuesToString(fr.regs[x].Elems())) }
	case fk == KSlice && tk == KArray:
		n := tt.Len
		return func(fr *frame) {
			s := fr.regs[x].Elems()
			if len(s) < n {
				panic(boundsError(fmt.Sprintf("cannot convert slice with length %d to array or pointer to array with length %d", len(s), n)))
			}
			fr.regs[d] = Copy(tt, Value{R: s[:n]})
		}
	case fk == tk:
		return func(fr *frame) { fr.regs[d] = fr.regs[x] }
	}
	panic(fmt.Sprintf("interp: conversion from %v to %v is not supported", from, to))
}

// bytesToValues converts a string to the elements of a []byte.
func bytesToValues(s string) []Value {
	out := make([]Value, len(s))
	for i := 0; i < len(s); i++ {
		out[i].N = uint64(s[i])
	}
	return out
}

// valuesToString converts the elements of a []byte to a string.
func valuesToString(vs []Value) string {
	b := make([]byte, len(vs))
	for i, v := range vs {
		b[i] = byte(v.N)
	}
	return string(b)
}

// BytesOf returns the bytes of a []byte value; StringOf and MakeBytes are
// for natives.
func BytesOf(v Value) []byte {
	vs := v.Elems()
	b := make([]byte, len(vs))
	for i, e := range vs {
		b[i] = byte(e.N)
	}
	return b
}

// MakeBytes makes a []byte value.
func MakeBytes(b []byte) Value {
	out := make([]Value, len(b))
	for i, c := range b {
		out[i].N = uint64(c)
	}
	return Value{R: out}
}

func makeSlice(elem *Type, n, k int) []Value {
	s := make([]Value, n, k)
	if elem.Kind == KStruct || elem.Kind == KArray {
		s = s[:k]
		for i := range s {
			s[i] = Zero(elem)
		}
		s = s[:n]
	}
	return s
}

// growCap returns the capacity Go's append gives a slice of elem growing
// from oldCap to hold newLen elements.
func growCap(elem *Type, oldCap, newLen int) int {
	newcap := oldCap
	doublecap := newcap + newcap
	if newLen > doublecap {
		newcap = newLen
	} else {
		const threshold = 256
		if oldCap < threshold {
			newcap = doublecap
		} else {
			for newcap < newLen {
				newcap += (newcap + 3*threshold) >> 2
			}
		}
	}
	size := elem.Size
	if size == 0 {
		return newLen
	}
	mem := roundupsize(uint64(newcap)*uint64(size), !hasPointers(elem.T))
	return int(mem / uint64(size))
}

var sizeClasses = [...]uint64{0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768}

// roundupsize is the runtime's: the size of the allocation that holds size
// bytes.
func roundupsize(size uint64, noscan bool) uint64 {
	req := size
	if req <= 32768-8 {
		if !noscan && req > 8*64 {
			req += 8
		}
		for _, c := range sizeClasses[1:] {
			if c >= req {
				return c - (req - size)
			}
		}
	}
	return (req + 8191) &^ 8191
}

func hasPointers(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Kind() == types.String || u.Kind() == types.UnsafePointer
	case *types.Array:
		return u.Len() > 0 && hasPointers(u.Elem())
	case *types.Struct:
		for i := range u.NumFields() {
			if hasPointers(u.Field(i).Type()) {
				return true
			}
		}
		return false
	}
	return true
}

// appendValues implements append(s, vs...) for a slice of elem.
func (t *Thread) appendValues(elem *Type, s []Value, vs []Value) []Value {
	if elem.Kind == KStruct || elem.Kind == KArray {
		// Elements are values: the new ones must not share storage with
		// the slice they came from.
		cp := make([]Value, len(vs))
		for i, v := range vs {
			cp[i] = Copy(elem, v)
		}
		vs = cp
	}
	n := len(s) + len(vs)
	if n <= cap(s) {
		s = s[:n]
		copy(s[n-len(vs):], vs)
		return s
	}
	k := growCap(elem, cap(s), n)
	t.Alloc(int64(k) * elem.Size)
	ns := makeSlice(elem, n, k)
	copy(ns, s)
	copy(ns[len(s):], vs)
	return ns
}

// builtin returns the op of a call of a builtin function; d receives the
// result (-1: none).
func (c *compiler) builtin(b *ssa.Builtin, argv []ssa.Value, d int, pos token.Pos) op {
	args := c.regsOf(argv)
	m := c.m
	set := func(fr *frame, v Value) {
		if d >= 0 {
			fr.regs[d] = v
		}
	}
	switch b.Name() {
	case "len", "cap":
		t := m.TypeOf(argv[0].Type())
		a := args[0]
		isCap := b.Name() == "cap"
		switch t.Kind {
		case KString:
			return func(fr *frame) { set(fr, Int(int64(len(fr.regs[a].Str())))) }
		case KSlice, KArray:
			if isCap {
				return func(fr *frame) { set(fr, Int(int64(cap(fr.regs[a].Elems())))) }
			}
			return func(fr *frame) { set(fr, Int(int64(len(fr.regs[a].Elems())))) }
		case KPointer:
			n := Int(int64(t.Elem.Len))
			return func(fr *frame) { set(fr, n) }
		case KMap:
			return func(fr *frame) { set(fr, Int(int64(fr.regs[a].Map().Len()))) }
		case KChan:
			if isCap {
				return func(fr *frame) {
					ch := fr.regs[a].Chan()
					if ch == nil {
						set(fr, Int(0))
						return
					}
					set(fr, Int(int64(ch.visibleCap())))
				}
			}
			return func(fr *frame) {
				if fr.t.m.Preempt(fr) {
					return
				}
				ch := fr.regs[a].Chan()
				if ch == nil {
					set(fr, Int(0))
					return
				}
				set(fr, Int(int64(ch.visibleLen())))
			}
		}
	case "append":
		t := m.TypeOf(argv[0].Type())
		s, v := args[0], args[1]
		if m.TypeOf(argv[1].Type()).Kind == KString {
			return func(fr *frame) {
				set(fr, Value{R: fr.t.appendValues(t.Elem, fr.regs[s].Elems(), bytesToValues(fr.regs[v].Str()))})
			}
		}
		if op := c.stackAppendOp(t.Elem, s, v, set); op != nil {
			return op
		}
		return func(fr *frame) {
			r := fr.t.appendValues(t.Elem, fr.regs[s].Elems(), fr.regs[v].Elems())
			if r == nil {
				set(fr, Value{})
				return
			}
			set(fr, Value{R: r})
		}
	case "copy":
		dst, src := args[0], args[1]
		if m.TypeOf(argv[1].Type()).Kind == KString {
			return func(fr *frame) {
				ds, ss := fr.regs[dst].Elems(), fr.regs[src].Str()
				n := min(len(ds), len(ss))
				for i := range n {
					ds[i] = Value{N: uint64(ss[i])}
				}
				set(fr, Int(int64(n)))
			}
		}
		et := m.TypeOf(argv[0].Type()).Elem
		return func(fr *frame) {
			ds, ss := fr.regs[dst].Elems(), fr.regs[src].Elems()
			n := min(len(ds), len(ss))
			if et.Kind == KStruct || et.Kind == KArray {
				tmp := make([]Value, n)
				for i := range n {
					tmp[i] = Copy(et, ss[i])
				}
				for i := range n {
					Store(et, &ds[i], tmp[i])
				}
			} else {
				copy(ds, ss[:n])
			}
			set(fr, Int(int64(n)))
		}
	case "delete":
		mp, k := args[0], args[1]
		t := m.TypeOf(argv[0].Type())
		return func(fr *frame) { fr.regs[mp].Map().Delete(t, fr.regs[k]) }
	case "clear":
		a := args[0]
		t := m.TypeOf(argv[0].Type())
		if t.Kind == KMap {
			return func(fr *frame) { fr.regs[a].Map().Clear() }
		}
		return func(fr *frame) {
			s := fr.regs[a].Elems()
			for i := range s {
				s[i] = Zero(t.Elem)
			}
		}
	case "close":
		a := args[0]
		return func(fr *frame) {
			if fr.t.m.Preempt(fr) {
				return
			}
			fr.t.closeChan(fr.regs[a].Chan())
		}
	case "complex":
		re, im := args[0], args[1]
		k := m.TypeOf(b.Type().(*types.Signature).Results().At(0).Type()).Kind
		return func(fr *frame) {
			set(fr, Complex(roundC64(k, complex(fr.regs[re].Float(), fr.regs[im].Float()))))
		}
	case "real":
		a := args[0]
		return func(fr *frame) { set(fr, Float(real(fr.regs[a].Complex()))) }
	case "imag":
		a := args[0]
		return func(fr *frame) { set(fr, Float(imag(fr.regs[a].Complex()))) }
	case "min", "max":
		t := m.TypeOf(argv[0].Type())
		isMin := b.Name() == "min"
		return func(fr *frame) {
			best := fr.regs[args[0]]
			for _, a := range args[1:] {
				v := fr.regs[a]
				if pickOther(t, best, v, isMin) {
					best = v
				}
			}
			set(fr, best)
		}
	case "print", "println":
		ts := make([]*Type, len(argv))
		for i, a := range argv {
			ts[i] = m.TypeOf(a.Type())
		}
		ln := b.Name() == "println"
		return func(fr *frame) {
			var sb strings.Builder
			for i, a := range args {
				if ln && i > 0 {
					sb.WriteByte(' ')
				}
				sb.WriteString(printValue(ts[i], fr.regs[a]))
			}
			if ln {
				sb.WriteByte('\n')
			}
			fr.t.Write(2, []byte(sb.String()))
		}
	case "recover":
		return func(fr *frame) { set(fr, fr.t.recover(fr)) }
	case "ssa:wrapnilchk":
		a := args[0]
		tname := argv[1].(*ssa.Const)
		meth := argv[2].(*ssa.Const)
		return func(fr *frame) {
			if fr.regs[a].R == nil {
				tn := strings.Trim(tname.Value.ExactString(), `"`)
				mn := strings.Trim(meth.Value.ExactString(), `"`)
				panic(plainError(fmt.Sprintf("value method %s.%s called using nil *%s pointer", tn, mn, tn[strings.LastIndexByte(tn, '.')+1:])))
			}
			set(fr, fr.regs[a])
		}
	case "ssa:deferstack":
		return func(fr *frame) { set(fr, Value{R: fr}) }
	}
	panic("interp: unsupported builtin " + b.Name())
}

// pickOther reports whether v should replace best in min (isMin) or max.
func pickOther(t *Type, best, v Value, isMin bool) bool {
	switch k := t.Kind; {
	case k.IsFloat():
		a, b := best.Float(), v.Float()
		if a != a {
			return false
		}
		if b != b {
			return true
		}
		if a == b && a == 0 {
			// min(-0, +0) is -0; max is +0.
			if isMin {
				return math.Signbit(b)
			}
			return !math.Signbit(b)
		}
		if isMin {
			return b < a
		}
		return b > a
	case k == KString:
		if isMin {
			return v.Str() < best.Str()
		}
		return v.Str() > best.Str()
	case k.IsSigned():
		if isMin {
			return v.Int() < best.Int()
		}
		return v.Int() > best.Int()
	}
	if isMin {
		return v.N < best.N
	}
	return v.N > best.N
}
