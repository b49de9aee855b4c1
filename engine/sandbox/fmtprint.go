// fmtprint.go: fmt's printer over interpreter values, a port of Go 1.26's
// fmt/print.go (BSD licence, The Go Authors) with reflect.Value replaced by
// fval and the method calls made through the interpreter.

package sandbox

import (
	"cmp"
	"go/token"
	"go/types"
	"slices"
	"unicode/utf8"

	"interleave/engine/interp"
)

const (
	commaSpaceString  = ", "
	nilAngleString    = "<nil>"
	nilParenString    = "(nil)"
	nilString         = "nil"
	mapString         = "map["
	percentBangString = "%!"
	missingString     = "(MISSING)"
	badIndexString    = "(BADINDEX)"
	panicString       = "(PANIC="
	extraString       = "%!(EXTRA "
	badWidthString    = "%!(BADWIDTH)"
	badPrecString     = "%!(BADPREC)"
	noVerbString      = "%!(NOVERB)"
	invReflectString  = "<invalid reflect.Value>"
)

type buffer []byte

func (b *buffer) write(p []byte)       { *b = append(*b, p...) }
func (b *buffer) writeString(s string) { *b = append(*b, s...) }
func (b *buffer) writeByte(c byte)     { *b = append(*b, c) }
func (b *buffer) writeRune(r rune)     { *b = utf8.AppendRune(*b, r) }
func (f fval) valid() bool             { return f.t != nil }
func (f fval) kind() interp.Kind       { return f.t.Kind }
func (f fval) typeString() string      { return typeString(f.t.T) }
func ifaceVal(i *interp.Iface) fval    { return fval{t: i.T, v: i.V} }
func argOf(v interp.Value) fval {
	i := v.Iface()
	if i == nil {
		return fval{}
	}
	return ifaceVal(i)
}
func (f fval) isNilPointer() bool    { return f.t != nil && f.t.Kind == interp.KPointer && f.v.R == nil }
func (f fval) elems() []interp.Value { return f.v.Elems() }
func (f fval) index(i int) fval      { return fval{t: f.t.Elem, v: f.v.Elems()[i], ro: f.ro} }
func (f fval) canInterface() bool    { return f.t != nil && !f.ro }
func (f fval) isNil() bool           { return f.v.R == nil }
func (f fval) field(i int) fval {
	return fval{t: f.t.Fields[i].Type, v: f.v.Elems()[i], ro: f.ro || !f.t.Fields[i].Exported}
}
func (f fval) elem() fval {
	i := f.v.Iface()
	if i == nil {
		return fval{}
	}
	return fval{t: i.T, v: i.V, ro: f.ro}
}

// An fval is a value being printed, as reflect.Value is in fmt: its type
// (nil: no value), the value, and whether it was reached through an
// unexported field (then its methods are not called).
type fval struct {
	t  *interp.Type
	v  interp.Value
	ro bool
}

// A pp is a printer's state, as in fmt.
type pp struct {
	buf         buffer
	arg         fval // the argument, with its dynamic type
	value       fval
	fmt         formatter
	reordered   bool
	goodArgNum  bool
	panicking   bool
	erroring    bool
	wrapErrs    bool
	wrappedErrs []int

	t *interp.Thread
	m *interp.Machine
	k *fmtKinds
}

func newPrinter(t *interp.Thread) *pp {
	p := &pp{t: t, m: t.Machine()}
	p.k = kindsOf(p.m)
	p.fmt.init(&p.buf)
	return p
}

func getField(v fval, i int) fval {
	val := v.field(i)
	if val.kind() == interp.KInterface && !val.isNil() {
		val = val.elem()
	}
	return val
}

func tooLarge(x int) bool {
	const max int = 1e6
	return x > max || x < -max
}

func parsenum(s string, start, end int) (num int, isnum bool, newi int) {
	if start >= end {
		return 0, false, end
	}
	for newi = start; newi < end && '0' <= s[newi] && s[newi] <= '9'; newi++ {
		if tooLarge(num) {
			return 0, false, end
		}
		num = num*10 + int(s[newi]-'0')
		isnum = true
	}
	return
}

func (p *pp) unknownType(v fval) {
	if !v.valid() {
		p.buf.writeString(nilAngleString)
		return
	}
	p.buf.writeByte('?')
	p.buf.writeString(v.typeString())
	p.buf.writeByte('?')
}

func (p *pp) badVerb(verb rune) {
	p.erroring = true
	p.buf.writeString(percentBangString)
	p.buf.writeRune(verb)
	p.buf.writeByte('(')
	switch {
	case p.arg.valid():
		p.buf.writeString(p.arg.typeString())
		p.buf.writeByte('=')
		p.printArg(p.arg, 'v')
	case p.value.valid():
		p.buf.writeString(p.value.typeString())
		p.buf.writeByte('=')
		p.printValue(p.value, 'v', 0)
	default:
		p.buf.writeString(nilAngleString)
	}
	p.buf.writeByte(')')
	p.erroring = false
}

func (p *pp) fmtBool(v bool, verb rune) {
	switch verb {
	case 't', 'v':
		p.fmt.fmtBoolean(v)
	default:
		p.badVerb(verb)
	}
}

func (p *pp) fmt0x64(v uint64, leading0x bool) {
	sharp := p.fmt.sharp
	p.fmt.sharp = leading0x
	p.fmt.fmtInteger(v, 16, unsigned, 'v', ldigits)
	p.fmt.sharp = sharp
}

func (p *pp) fmtInteger(v uint64, isSigned bool, verb rune) {
	switch verb {
	case 'v':
		if p.fmt.sharpV && !isSigned {
			p.fmt0x64(v, true)
		} else {
			p.fmt.fmtInteger(v, 10, isSigned, verb, ldigits)
		}
	case 'd':
		p.fmt.fmtInteger(v, 10, isSigned, verb, ldigits)
	case 'b':
		p.fmt.fmtInteger(v, 2, isSigned, verb, ldigits)
	case 'o', 'O':
		p.fmt.fmtInteger(v, 8, isSigned, verb, ldigits)
	case 'x':
		p.fmt.fmtInteger(v, 16, isSigned, verb, ldigits)
	case 'X':
		p.fmt.fmtInteger(v, 16, isSigned, verb, udigits)
	case 'c':
		p.fmt.fmtC(v)
	case 'q':
		p.fmt.fmtQc(v)
	case 'U':
		p.fmt.fmtUnicode(v)
	default:
		p.badVerb(verb)
	}
}

func (p *pp) fmtFloat(v float64, size int, verb rune) {
	switch verb {
	case 'v':
		p.fmt.fmtFloat(v, size, 'g', -1)
	case 'b', 'g', 'G', 'x', 'X':
		p.fmt.fmtFloat(v, size, verb, -1)
	case 'f', 'e', 'E':
		p.fmt.fmtFloat(v, size, verb, 6)
	case 'F':
		p.fmt.fmtFloat(v, size, 'f', 6)
	default:
		p.badVerb(verb)
	}
}

func (p *pp) fmtComplex(v complex128, size int, verb rune) {
	switch verb {
	case 'v', 'b', 'g', 'G', 'x', 'X', 'f', 'F', 'e', 'E':
		oldPlus := p.fmt.plus
		p.buf.writeByte('(')
		p.fmtFloat(real(v), size/2, verb)
		p.fmt.plus = true
		p.fmtFloat(imag(v), size/2, verb)
		p.buf.writeString("i)")
		p.fmt.plus = oldPlus
	default:
		p.badVerb(verb)
	}
}

func (p *pp) fmtString(v string, verb rune) {
	switch verb {
	case 'v':
		if p.fmt.sharpV {
			p.fmt.fmtQ(v)
		} else {
			p.fmt.fmtS(v)
		}
	case 's':
		p.fmt.fmtS(v)
	case 'x':
		p.fmt.fmtSx(v, ldigits)
	case 'X':
		p.fmt.fmtSx(v, udigits)
	case 'q':
		p.fmt.fmtQ(v)
	default:
		p.badVerb(verb)
	}
}

func (p *pp) fmtBytes(v []byte, isNil bool, verb rune, typeString string, orig fval) {
	switch verb {
	case 'v', 'd':
		if p.fmt.sharpV {
			p.buf.writeString(typeString)
			if isNil {
				p.buf.writeString(nilParenString)
				return
			}
			p.buf.writeByte('{')
			for i, c := range v {
				if i > 0 {
					p.buf.writeString(commaSpaceString)
				}
				p.fmt0x64(uint64(c), true)
			}
			p.buf.writeByte('}')
		} else {
			p.buf.writeByte('[')
			for i, c := range v {
				if i > 0 {
					p.buf.writeByte(' ')
				}
				p.fmt.fmtInteger(uint64(c), 10, unsigned, verb, ldigits)
			}
			p.buf.writeByte(']')
		}
	case 's':
		p.fmt.fmtBs(v)
	case 'x':
		p.fmt.fmtBx(v, ldigits)
	case 'X':
		p.fmt.fmtBx(v, udigits)
	case 'q':
		p.fmt.fmtQ(string(v))
	default:
		p.printValue(orig, verb, 0)
	}
}

func (p *pp) fmtPointer(value fval, verb rune) {
	var u uint64
	switch value.kind() {
	case interp.KChan, interp.KFunc, interp.KMap, interp.KPointer, interp.KSlice, interp.KUnsafePointer:
		u = p.address(value)
	default:
		p.badVerb(verb)
		return
	}
	switch verb {
	case 'v':
		if p.fmt.sharpV {
			p.buf.writeByte('(')
			p.buf.writeString(value.typeString())
			p.buf.writeString(")(")
			if u == 0 {
				p.buf.writeString(nilString)
			} else {
				p.fmt0x64(u, true)
			}
			p.buf.writeByte(')')
		} else {
			if u == 0 {
				p.fmt.padString(nilAngleString)
			} else {
				p.fmt0x64(u, !p.fmt.sharp)
			}
		}
	case 'p':
		p.fmt0x64(u, !p.fmt.sharp)
	case 'b', 'o', 'd', 'x', 'X':
		p.fmtInteger(u, unsigned, verb)
	default:
		p.badVerb(verb)
	}
}

// addresses gives each object a stable fake address, as %p prints it.
type addresses struct {
	of   map[any]uint64
	next uint64
}

// addressesKey keys the run's addresses in Machine.State.
type addressesKey struct{}

// address returns the fake address of a pointer, chan, map, func or slice
// (0 for nil).
func (p *pp) address(v fval) uint64 {
	var key any
	switch v.kind() {
	case interp.KSlice:
		s := v.v.Elems()
		if s == nil {
			return 0
		}
		if cap(s) == 0 {
			return 0x5a8f40 // runtime.zerobase
		}
		key = &s[:1][0]
	case interp.KFunc:
		c := v.v.Closure()
		if c == nil {
			return 0
		}
		key = c.Fn
	default:
		if v.v.R == nil {
			return 0
		}
		key = v.v.R
	}
	return addressOf(p.m, key)
}

func addressOf(m *interp.Machine, key any) uint64 {
	a := m.State(addressesKey{}, func() any { return &addresses{of: map[any]uint64{}, next: 0xc000010000} }).(*addresses)
	if u, ok := a.of[key]; ok {
		return u
	}
	u := a.next
	a.next += 0x30
	a.of[key] = u
	return u
}

// call calls method name of arg, recovering a panic as catchPanic does.
// It reports false if the call panicked (and the panic was printed).
func (p *pp) call(arg fval, verb rune, method string, args ...interp.Value) (interp.Value, bool) {
	f := arg.t.Method(method)
	res, pv, panicked := p.t.CallRecover(f, nil, append([]interp.Value{arg.v}, args...)...)
	if !panicked {
		return res, true
	}
	if arg.isNilPointer() {
		p.buf.writeString(nilAngleString)
		return interp.Value{}, false
	}
	if p.panicking {
		p.t.Panic(pv)
	}
	oldFlags := p.fmt.fmtFlags
	p.fmt.clearflags()
	p.buf.writeString(percentBangString)
	p.buf.writeRune(verb)
	p.buf.writeString(panicString)
	p.buf.writeString(method)
	p.buf.writeString(" method: ")
	p.panicking = true
	p.printArg(argOf(pv), 'v')
	p.panicking = false
	p.buf.writeByte(')')
	p.fmt.fmtFlags = oldFlags
	return interp.Value{}, false
}

func (p *pp) handleMethods(verb rune) (handled bool) {
	if p.erroring {
		return
	}
	arg := p.arg
	if !arg.valid() {
		if verb == 'w' {
			p.badVerb(verb)
			return true
		}
		return false
	}
	if verb == 'w' {
		if !p.k.error.Implements(arg.t) || !p.wrapErrs {
			p.badVerb(verb)
			return true
		}
		verb = 'v'
	}
	if p.k.formatter != nil && p.k.formatter.Implements(arg.t) {
		p.call(arg, verb, "Format", p.stateValue(), interp.Int(int64(verb)))
		return true
	}
	if p.fmt.sharpV {
		if p.k.goStringer.Implements(arg.t) {
			if s, ok := p.call(arg, verb, "GoString"); ok {
				p.fmt.fmtS(s.Str())
			}
			return true
		}
		return false
	}
	switch verb {
	case 'v', 's', 'x', 'X', 'q':
		method := ""
		switch {
		case p.k.error.Implements(arg.t):
			method = "Error"
		case p.k.stringer.Implements(arg.t):
			method = "String"
		default:
			return false
		}
		if s, ok := p.call(arg, verb, method); ok {
			p.fmtString(s.Str(), verb)
		}
		return true
	}
	return false
}

// printArg prints arg, an argument with its dynamic type (none: a nil
// interface).
func (p *pp) printArg(arg fval, verb rune) {
	p.arg = arg
	p.value = fval{}
	if !arg.valid() {
		switch verb {
		case 'T', 'v':
			p.fmt.padString(nilAngleString)
		default:
			p.badVerb(verb)
		}
		return
	}
	switch verb {
	case 'T':
		p.fmt.fmtS(arg.typeString())
		return
	case 'p':
		p.fmtPointer(arg, 'p')
		return
	}
	// fmt's fast path for an argument of type []byte (not a named byte
	// slice, nor one inside a struct) names the type "[]byte" under %#v.
	if isByteSlice(arg.t.T) {
		p.fmtBytes(interp.BytesOf(arg.v), arg.isNil(), verb, "[]byte", arg)
		return
	}
	if !p.handleMethods(verb) {
		p.printValue(arg, verb, 0)
	}
}

func (p *pp) printValue(value fval, verb rune, depth int) {
	if depth > 0 && value.valid() && value.canInterface() {
		p.arg = value
		if value.kind() == interp.KInterface {
			p.arg = value.elem()
		}
		if p.handleMethods(verb) {
			return
		}
	}
	p.arg = fval{}
	p.value = value

	f := value
	if !value.valid() {
		if depth == 0 {
			p.buf.writeString(invReflectString)
		} else {
			switch verb {
			case 'v':
				p.buf.writeString(nilAngleString)
			default:
				p.badVerb(verb)
			}
		}
		return
	}
	switch k := value.kind(); {
	case k == interp.KBool:
		p.fmtBool(f.v.Bool(), verb)
	case k.IsSigned():
		p.fmtInteger(f.v.N, signed, verb)
	case k.IsInteger():
		p.fmtInteger(f.v.N, unsigned, verb)
	case k == interp.KFloat32:
		p.fmtFloat(f.v.Float(), 32, verb)
	case k == interp.KFloat64:
		p.fmtFloat(f.v.Float(), 64, verb)
	case k == interp.KComplex64:
		p.fmtComplex(f.v.Complex(), 64, verb)
	case k == interp.KComplex128:
		p.fmtComplex(f.v.Complex(), 128, verb)
	case k == interp.KString:
		p.fmtString(f.v.Str(), verb)
	case k == interp.KMap:
		if p.fmt.sharpV {
			p.buf.writeString(f.typeString())
			if f.isNil() {
				p.buf.writeString(nilParenString)
				return
			}
			p.buf.writeByte('{')
		} else {
			p.buf.writeString(mapString)
		}
		keys, vals := sortedMap(p.m, f)
		for i := range keys {
			if i > 0 {
				if p.fmt.sharpV {
					p.buf.writeString(commaSpaceString)
				} else {
					p.buf.writeByte(' ')
				}
			}
			p.printValue(keys[i], verb, depth+1)
			p.buf.writeByte(':')
			p.printValue(vals[i], verb, depth+1)
		}
		if p.fmt.sharpV {
			p.buf.writeByte('}')
		} else {
			p.buf.writeByte(']')
		}
	case k == interp.KStruct:
		if p.fmt.sharpV {
			p.buf.writeString(f.typeString())
		}
		p.buf.writeByte('{')
		for i := range f.t.Fields {
			if i > 0 {
				if p.fmt.sharpV {
					p.buf.writeString(commaSpaceString)
				} else {
					p.buf.writeByte(' ')
				}
			}
			if p.fmt.plusV || p.fmt.sharpV {
				if name := f.t.Fields[i].Name; name != "" {
					p.buf.writeString(name)
					p.buf.writeByte(':')
				}
			}
			p.printValue(getField(f, i), verb, depth+1)
		}
		p.buf.writeByte('}')
	case k == interp.KInterface:
		value := f.elem()
		if !value.valid() {
			if p.fmt.sharpV {
				p.buf.writeString(f.typeString())
				p.buf.writeString(nilParenString)
			} else {
				p.buf.writeString(nilAngleString)
			}
		} else {
			p.printValue(value, verb, depth+1)
		}
	case k == interp.KArray || k == interp.KSlice:
		switch verb {
		case 's', 'q', 'x', 'X':
			if f.t.Elem.Kind == interp.KUint8 {
				p.fmtBytes(interp.BytesOf(f.v), f.isNil(), verb, f.typeString(), f)
				return
			}
		}
		n := len(f.elems())
		if p.fmt.sharpV {
			p.buf.writeString(f.typeString())
			if k == interp.KSlice && f.isNil() {
				p.buf.writeString(nilParenString)
				return
			}
			p.buf.writeByte('{')
			for i := range n {
				if i > 0 {
					p.buf.writeString(commaSpaceString)
				}
				p.printValue(f.index(i), verb, depth+1)
			}
			p.buf.writeByte('}')
		} else {
			p.buf.writeByte('[')
			for i := range n {
				if i > 0 {
					p.buf.writeByte(' ')
				}
				p.printValue(f.index(i), verb, depth+1)
			}
			p.buf.writeByte(']')
		}
	case k == interp.KPointer:
		if depth == 0 && !f.isNil() {
			switch et := f.t.Elem; et.Kind {
			case interp.KArray, interp.KSlice, interp.KStruct, interp.KMap:
				p.buf.writeByte('&')
				p.printValue(fval{t: et, v: *f.v.Ptr(), ro: f.ro}, verb, depth+1)
				return
			}
		}
		p.fmtPointer(f, verb)
	case k == interp.KChan, k == interp.KFunc, k == interp.KUnsafePointer:
		p.fmtPointer(f, verb)
	default:
		p.unknownType(f)
	}
}

// intFromArg gets the argNum'th element of a. The return parameter isInt
// reports whether the argument has integer type.
func intFromArg(a []fval, argNum int) (num int, isInt bool, newArgNum int) {
	newArgNum = argNum
	if argNum < len(a) {
		if v := a[argNum]; v.valid() {
			switch k := v.kind(); {
			case k.IsSigned():
				n := v.v.Int()
				num, isInt = int(n), true
			case k.IsInteger():
				n := v.v.Uint()
				if int64(n) >= 0 && uint64(int(n)) == n {
					num, isInt = int(n), true
				}
			}
		}
		newArgNum = argNum + 1
		if tooLarge(num) {
			num = 0
			isInt = false
		}
	}
	return
}

func parseArgNumber(format string) (index int, wid int, ok bool) {
	if len(format) < 3 {
		return 0, 1, false
	}
	for i := 1; i < len(format); i++ {
		if format[i] == ']' {
			width, ok, newi := parsenum(format, 1, i)
			if !ok || newi != i {
				return 0, i + 1, false
			}
			return width - 1, i + 1, true
		}
	}
	return 0, 1, false
}

func (p *pp) argNumber(argNum int, format string, i int, numArgs int) (newArgNum, newi int, found bool) {
	if len(format) <= i || format[i] != '[' {
		return argNum, i, false
	}
	p.reordered = true
	index, wid, ok := parseArgNumber(format[i:])
	if ok && 0 <= index && index < numArgs {
		return index, i + wid, true
	}
	p.goodArgNum = false
	return argNum, i + wid, ok
}

func (p *pp) badArgNum(verb rune) {
	p.buf.writeString(percentBangString)
	p.buf.writeRune(verb)
	p.buf.writeString(badIndexString)
}

func (p *pp) missingArg(verb rune) {
	p.buf.writeString(percentBangString)
	p.buf.writeRune(verb)
	p.buf.writeString(missingString)
}

func (p *pp) doPrintf(format string, a []fval) {
	end := len(format)
	argNum := 0
	afterIndex := false
	p.reordered = false
formatLoop:
	for i := 0; i < end; {
		p.goodArgNum = true
		lasti := i
		for i < end && format[i] != '%' {
			i++
		}
		if i > lasti {
			p.buf.writeString(format[lasti:i])
		}
		if i >= end {
			break
		}
		i++
		p.fmt.clearflags()
	simpleFormat:
		for ; i < end; i++ {
			c := format[i]
			switch c {
			case '#':
				p.fmt.sharp = true
			case '0':
				p.fmt.zero = true
			case '+':
				p.fmt.plus = true
			case '-':
				p.fmt.minus = true
			case ' ':
				p.fmt.space = true
			default:
				if 'a' <= c && c <= 'z' && argNum < len(a) {
					switch c {
					case 'w':
						p.wrappedErrs = append(p.wrappedErrs, argNum)
						fallthrough
					case 'v':
						p.fmt.sharpV = p.fmt.sharp
						p.fmt.sharp = false
						p.fmt.plusV = p.fmt.plus
						p.fmt.plus = false
					}
					p.printArg(a[argNum], rune(c))
					argNum++
					i++
					continue formatLoop
				}
				break simpleFormat
			}
		}

		argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))

		if i < end && format[i] == '*' {
			i++
			p.fmt.wid, p.fmt.widPresent, argNum = intFromArg(a, argNum)
			if !p.fmt.widPresent {
				p.buf.writeString(badWidthString)
			}
			if p.fmt.wid < 0 {
				p.fmt.wid = -p.fmt.wid
				p.fmt.minus = true
				p.fmt.zero = false
			}
			afterIndex = false
		} else {
			p.fmt.wid, p.fmt.widPresent, i = parsenum(format, i, end)
			if afterIndex && p.fmt.widPresent {
				p.goodArgNum = false
			}
		}

		if i+1 < end && format[i] == '.' {
			i++
			if afterIndex {
				p.goodArgNum = false
			}
			argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))
			if i < end && format[i] == '*' {
				i++
				p.fmt.prec, p.fmt.precPresent, argNum = intFromArg(a, argNum)
				if p.fmt.prec < 0 {
					p.fmt.prec = 0
					p.fmt.precPresent = false
				}
				if !p.fmt.precPresent {
					p.buf.writeString(badPrecString)
				}
				afterIndex = false
			} else {
				p.fmt.prec, p.fmt.precPresent, i = parsenum(format, i, end)
				if !p.fmt.precPresent {
					p.fmt.prec = 0
					p.fmt.precPresent = true
				}
			}
		}

		if !afterIndex {
			argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))
		}

		if i >= end {
			p.buf.writeString(noVerbString)
			break
		}

		verb, size := utf8.DecodeRuneInString(format[i:])
		i += size

		switch {
		case verb == '%':
			p.buf.writeByte('%')
		case !p.goodArgNum:
			p.badArgNum(verb)
		case argNum >= len(a):
			p.missingArg(verb)
		case verb == 'w':
			p.wrappedErrs = append(p.wrappedErrs, argNum)
			fallthrough
		case verb == 'v':
			p.fmt.sharpV = p.fmt.sharp
			p.fmt.sharp = false
			p.fmt.plusV = p.fmt.plus
			p.fmt.plus = false
			fallthrough
		default:
			p.printArg(a[argNum], verb)
			argNum++
		}
	}

	if !p.reordered && argNum < len(a) {
		p.fmt.clearflags()
		p.buf.writeString(extraString)
		for i, arg := range a[argNum:] {
			if i > 0 {
				p.buf.writeString(commaSpaceString)
			}
			if !arg.valid() {
				p.buf.writeString(nilAngleString)
			} else {
				p.buf.writeString(arg.typeString())
				p.buf.writeByte('=')
				p.printArg(arg, 'v')
			}
		}
		p.buf.writeByte(')')
	}
}

func (p *pp) doPrint(a []fval) {
	prevString := false
	for argNum, arg := range a {
		isString := arg.valid() && arg.kind() == interp.KString
		if argNum > 0 && !isString && !prevString {
			p.buf.writeByte(' ')
		}
		p.printArg(arg, 'v')
		prevString = isString
	}
}

func (p *pp) doPrintln(a []fval) {
	for argNum, arg := range a {
		if argNum > 0 {
			p.buf.writeByte(' ')
		}
		p.printArg(arg, 'v')
	}
	p.buf.writeByte('\n')
}

// sortedMap returns the entries of a map in internal/fmtsort's order.
func sortedMap(m *interp.Machine, f fval) (keys, vals []fval) {
	ks, vs := f.v.Map().Entries()
	idx := make([]int, len(ks))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		return compareKeys(m, f.t.Key, ks[a], ks[b])
	})
	for _, i := range idx {
		keys = append(keys, fval{t: f.t.Key, v: ks[i], ro: f.ro})
		vals = append(vals, fval{t: f.t.Elem, v: vs[i], ro: f.ro})
	}
	return keys, vals
}

// compareKeys is fmtsort's compare.
func compareKeys(m *interp.Machine, t *interp.Type, a, b interp.Value) int {
	switch k := t.Kind; {
	case k.IsSigned():
		return cmp.Compare(a.Int(), b.Int())
	case k.IsInteger():
		return cmp.Compare(a.Uint(), b.Uint())
	case k == interp.KString:
		return cmp.Compare(a.Str(), b.Str())
	case k.IsFloat():
		return cmp.Compare(a.Float(), b.Float())
	case k.IsComplex():
		x, y := a.Complex(), b.Complex()
		if c := cmp.Compare(real(x), real(y)); c != 0 {
			return c
		}
		return cmp.Compare(imag(x), imag(y))
	case k == interp.KBool:
		switch x, y := a.Bool(), b.Bool(); {
		case x == y:
			return 0
		case x:
			return 1
		default:
			return -1
		}
	case k == interp.KPointer, k == interp.KChan, k == interp.KUnsafePointer:
		return cmp.Compare(ptrAddr(m, a), ptrAddr(m, b))
	case k == interp.KStruct:
		ae, be := a.Elems(), b.Elems()
		for i, fd := range t.Fields {
			if c := compareKeys(m, fd.Type, ae[i], be[i]); c != 0 {
				return c
			}
		}
		return 0
	case k == interp.KArray:
		ae, be := a.Elems(), b.Elems()
		for i := range ae {
			if c := compareKeys(m, t.Elem, ae[i], be[i]); c != 0 {
				return c
			}
		}
		return 0
	case k == interp.KInterface:
		x, y := a.Iface(), b.Iface()
		switch {
		case x == nil && y == nil:
			return 0
		case x == nil:
			return -1
		case y == nil:
			return 1
		}
		if x.T != y.T {
			return cmp.Compare(addressOf(m, x.T), addressOf(m, y.T))
		}
		return compareKeys(m, x.T, x.V, y.V)
	}
	return 0
}

func ptrAddr(m *interp.Machine, v interp.Value) uint64 {
	if v.R == nil {
		return 0
	}
	return addressOf(m, v.R)
}

// fmtKinds are the interfaces fmt looks for, as the run's types.
type fmtKinds struct {
	stringer, goStringer, error, formatter *interp.Type
	state                                  *interp.Type // *fmt.pp, the fmt.State natives pass to Format
}

func kindsOf(m *interp.Machine) *fmtKinds {
	return m.State(fmtKinds{}, func() any {
		str := types.Typ[types.String]
		k := &fmtKinds{
			stringer:   m.TypeOf(ifaceType("String", nil, str)),
			goStringer: m.TypeOf(ifaceType("GoString", nil, str)),
			error:      m.TypeOf(types.Universe.Lookup("error").Type()),
		}
		if st := m.LookupType("fmt", "State"); st != nil {
			k.formatter = m.TypeOf(ifaceType("Format", []types.Type{st.T, types.Typ[types.Int32]}, nil))
			k.state = stateType(m)
		}
		return k
	}).(*fmtKinds)
}

// ifaceType makes interface{ name(params) result }.
func ifaceType(name string, params []types.Type, result types.Type) *types.Interface {
	var ps, rs []*types.Var
	for _, t := range params {
		ps = append(ps, types.NewVar(token.NoPos, nil, "", t))
	}
	if result != nil {
		rs = append(rs, types.NewVar(token.NoPos, nil, "", result))
	}
	sig := types.NewSignatureType(nil, nil, nil, types.NewTuple(ps...), types.NewTuple(rs...), false)
	it := types.NewInterfaceType([]*types.Func{types.NewFunc(token.NoPos, nil, name, sig)}, nil)
	it.Complete()
	return it
}

// stateType is *fmt.pp: the fmt.State a Format method receives.
func stateType(m *interp.Machine) *interp.Type {
	ppOf := func(args []interp.Value) *pp { return args[0].Ptr().R.(*pp) }
	intT, boolT := types.Typ[types.Int], types.Typ[types.Bool]
	errT := types.Universe.Lookup("error").Type()
	return m.NativeType("fmt", "pp", types.NewStruct(nil, nil), true, []interp.Method{
		{Name: "Width", Results: []types.Type{intT, boolT}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			p := ppOf(args)
			return interp.Tuple(interp.Int(int64(p.fmt.wid)), interp.Bool(p.fmt.widPresent))
		}},
		{Name: "Precision", Results: []types.Type{intT, boolT}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			p := ppOf(args)
			return interp.Tuple(interp.Int(int64(p.fmt.prec)), interp.Bool(p.fmt.precPresent))
		}},
		{Name: "Flag", Params: []types.Type{intT}, Results: []types.Type{boolT}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			p := ppOf(args)
			var r bool
			switch args[1].Int() {
			case '-':
				r = p.fmt.minus
			case '+':
				r = p.fmt.plus || p.fmt.plusV
			case '#':
				r = p.fmt.sharp || p.fmt.sharpV
			case ' ':
				r = p.fmt.space
			case '0':
				r = p.fmt.zero
			}
			return interp.Bool(r)
		}},
		{Name: "Write", Params: []types.Type{types.NewSlice(types.Typ[types.Byte])}, Results: []types.Type{intT, errT}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			b := interp.BytesOf(args[1])
			ppOf(args).buf.write(b)
			return interp.Tuple(interp.Int(int64(len(b))), interp.Value{})
		}},
		{Name: "WriteString", Params: []types.Type{types.Typ[types.String]}, Results: []types.Type{intT, errT}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			s := args[1].Str()
			ppOf(args).buf.writeString(s)
			return interp.Tuple(interp.Int(int64(len(s))), interp.Value{})
		}},
	})
}

// stateValue is p as a fmt.State interface value.
func (p *pp) stateValue() interp.Value {
	return interp.MakeIface(p.k.state, interp.Value{R: &interp.Value{R: p}})
}

// isByteSlice reports whether t is the unnamed type []byte.
func isByteSlice(t types.Type) bool {
	s, ok := types.Unalias(t).(*types.Slice)
	if !ok {
		return false
	}
	b, ok := s.Elem().(*types.Basic)
	return ok && b.Kind() == types.Uint8
}

// typeString prints a type as reflect's Type.String does: "[]interface {}",
// "map[string]int", "main.Pair[int,string]".
func typeString(t types.Type) string { return interp.TypeString(t) }
