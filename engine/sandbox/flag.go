// flag.go: package flag — FlagSet, the CommandLine set and the functions
// on it, the flag values of the basic types, Func and BoolFunc, and the
// program's own flag.Value types and TextVar, ported from Go's flag.go.
//
// A FlagSet's state (name, error handling, defined and set flags, the
// arguments left, the output) lives in a side table of the run keyed by
// the FlagSet's address, as the sync primitives' does; only its exported
// Usage field is the struct's own. A Flag is a real *flag.Flag, whose
// Value holds one of the native value types (*flag.intValue, ...) that
// point at the program's variable, as in Go. CommandLine is named after
// os.Args[0] and parses os.Args[1:] (the engine's Options.Args).

package sandbox

import (
	"go/types"
	"slices"
	"strconv"
	"strings"
	"time"

	"interleave/engine/interp"
)

// The ErrorHandling values.
const (
	continueOnError = 0
	exitOnError     = 1
	panicOnError    = 2
)

// flagSet is the state of one *flag.FlagSet.
type flagSet struct {
	name     string
	handling int64
	parsed   bool
	formal   map[string]*interp.Value // *Flag cells
	actual   map[string]*interp.Value
	args     interp.Value // []string: the arguments left
	output   interp.Value // io.Writer; nil: os.Stderr
	undef    map[string]string
}

type flagKey struct{}

func flagSets(m *interp.Machine) map[*interp.Value]*flagSet {
	return m.State(flagKey{}, func() any { return map[*interp.Value]*flagSet{} }).(map[*interp.Value]*flagSet)
}

// flagSetAt returns the state of the FlagSet at cell (a zero FlagSet's on
// first use).
func flagSetAt(t *interp.Thread, cell *interp.Value) *flagSet {
	return stateOf(flagSets(t.Machine()), cell, func() *flagSet { return &flagSet{} })
}

// newFlagSet makes a FlagSet cell as NewFlagSet does, its Usage field set
// to usage.
func newFlagSet(m *interp.Machine, name string, handling int64, usage func(cell *interp.Value) interp.Value) *interp.Value {
	ft := m.LookupType("flag", "FlagSet")
	cell := new(interp.Value)
	*cell = interp.Zero(ft)
	flagSets(m)[cell] = &flagSet{name: name, handling: handling}
	cell.Elems()[fieldNamed(ft, "Usage")] = usage(cell)
	return cell
}

// defaultUsageFunc is f.defaultUsage as a func value.
func defaultUsageFunc(cell *interp.Value) interp.Value {
	return interp.NativeClosure("flag.(*FlagSet).defaultUsage-fm", func(t *interp.Thread, _ []interp.Value) interp.Value {
		flagDefaultUsage(t, cell)
		return interp.Value{}
	})
}

// commandLine returns the cell of the FlagSet in flag.CommandLine.
func commandLine(t *interp.Thread) *interp.Value {
	p := t.Machine().Global("flag", "CommandLine").Ptr()
	if p == nil {
		t.NilDeref()
	}
	return p
}

// progName is os.Args[0], or "" without arguments.
func progName(m *interp.Machine) string {
	if g := m.Global("os", "Args"); g != nil {
		if a := g.Elems(); len(a) > 0 {
			return a[0].Str()
		}
	}
	return ""
}

// flagOutput is f.Output(): the output set, else os.Stderr now.
func flagOutput(t *interp.Thread, f *flagSet) interp.Value {
	if f.output.Iface() != nil {
		return f.output
	}
	m := t.Machine()
	ft := m.TypeOf(types.NewPointer(m.LookupType("os", "File").T))
	return interp.MakeIface(ft, *m.Global("os", "Stderr"))
}

// flagPrint writes s to f's output.
func flagPrint(t *interp.Thread, f *flagSet, s string) {
	ioWrite(t, flagOutput(t, f), []byte(s))
}

// flagSprintf is f.sprintf: the message, also printed on f's output.
func flagSprintf(t *interp.Thread, f *flagSet, msg string) string {
	flagPrint(t, f, msg+"\n")
	return msg
}

// flagUsage is f.usage(): the Usage field, or the default usage.
func flagUsage(t *interp.Thread, cell *interp.Value) {
	ft := t.Machine().LookupType("flag", "FlagSet")
	u := cell.Elems()[fieldNamed(ft, "Usage")]
	if u.R == nil {
		flagDefaultUsage(t, cell)
		return
	}
	t.Call(u)
}

func flagDefaultUsage(t *interp.Thread, cell *interp.Value) {
	f := flagSetAt(t, cell)
	if f.name == "" {
		flagPrint(t, f, "Usage:\n")
	} else {
		flagPrint(t, f, "Usage of "+f.name+":\n")
	}
	flagPrintDefaults(t, cell)
}

// The fields of a Flag.
type flagFields struct{ name, usage, value, defValue int }

func flagFieldsOf(t *interp.Thread) (*interp.Type, flagFields) {
	ft := t.Machine().LookupType("flag", "Flag")
	return ft, flagFields{fieldNamed(ft, "Name"), fieldNamed(ft, "Usage"), fieldNamed(ft, "Value"), fieldNamed(ft, "DefValue")}
}

// sortedFlags returns the Flag cells of flags sorted by name.
func sortedFlags(t *interp.Thread, flags map[string]*interp.Value) []*interp.Value {
	names := make([]string, 0, len(flags))
	for n := range flags {
		names = append(names, n)
	}
	slices.Sort(names)
	out := make([]*interp.Value, len(names))
	for i, n := range names {
		out[i] = flags[n]
	}
	return out
}

// flagValueIface returns the Value interface of the Flag at cell.
func flagValueIface(t *interp.Thread, cell *interp.Value) *interp.Iface {
	_, ff := flagFieldsOf(t)
	return ifaceOf(t, cell.Elems()[ff.value])
}

// isBoolFlag reports whether the flag.Value v has IsBoolFlag() true.
func isBoolFlag(t *interp.Thread, v *interp.Iface) bool {
	if v.T.Method("IsBoolFlag") == nil {
		return false
	}
	return callMethod(t, v, "IsBoolFlag").Bool()
}

// flagSetValue calls v.Set(s) and returns the error.
func flagSetValue(t *interp.Thread, v *interp.Iface, s string) interp.Value {
	return callMethod(t, v, "Set", interp.String(s))
}

// The run's errParse and errRange.
func flagErr(t *interp.Thread, name, text string) interp.Value {
	return t.Machine().State("flag."+name, func() any { return newError(t.Machine(), text) }).(interp.Value)
}

// numErr is numError: strconv's syntax and range errors become flag's.
func numErr(t *interp.Thread, err error) interp.Value {
	if ne, ok := err.(*strconv.NumError); ok {
		switch ne.Err {
		case strconv.ErrSyntax:
			return flagErr(t, "errParse", "parse error")
		case strconv.ErrRange:
			return flagErr(t, "errRange", "value out of range")
		}
	}
	return newError(t.Machine(), err.Error())
}

// flagValueType returns the native value type kind (*flag.intValue, ...).
func flagValueType(t *interp.Thread, kind string) *interp.Type {
	m := t.Machine()
	str := []types.Type{types.Typ[types.String]}
	anyT := types.NewInterfaceType(nil, nil)
	cellOf := func(args []interp.Value) *interp.Value { return args[0].Ptr() }
	var under types.Type
	var set func(t *interp.Thread, p *interp.Value, s string) interp.Value
	var get func(t *interp.Thread, p *interp.Value) interp.Value
	var format func(p *interp.Value) string
	boolean := false
	switch kind {
	case "boolValue":
		under, boolean = types.Typ[types.Bool], true
		set = func(t *interp.Thread, p *interp.Value, s string) interp.Value {
			v, err := strconv.ParseBool(s)
			*p = interp.Bool(v)
			if err != nil {
				return flagErr(t, "errParse", "parse error")
			}
			return interp.Value{}
		}
		get = func(t *interp.Thread, p *interp.Value) interp.Value {
			return interp.MakeIface(m.TypeOf(types.Typ[types.Bool]), *p)
		}
		format = func(p *interp.Value) string { return strconv.FormatBool(p.Bool()) }
	case "intValue", "int64Value":
		under = types.Typ[types.Int]
		if kind == "int64Value" {
			under = types.Typ[types.Int64]
		}
		set = func(t *interp.Thread, p *interp.Value, s string) interp.Value {
			// Go stores what the parse gave, also on an error.
			v, err := strconv.ParseInt(s, 0, 64)
			*p = interp.Int(v)
			if err != nil {
				return numErr(t, err)
			}
			return interp.Value{}
		}
		format = func(p *interp.Value) string { return strconv.FormatInt(p.Int(), 10) }
	case "uintValue", "uint64Value":
		under = types.Typ[types.Uint]
		if kind == "uint64Value" {
			under = types.Typ[types.Uint64]
		}
		set = func(t *interp.Thread, p *interp.Value, s string) interp.Value {
			// Go stores what the parse gave, also on an error.
			v, err := strconv.ParseUint(s, 0, 64)
			*p = interp.Value{N: v}
			if err != nil {
				return numErr(t, err)
			}
			return interp.Value{}
		}
		format = func(p *interp.Value) string { return strconv.FormatUint(p.N, 10) }
	case "stringValue":
		under = types.Typ[types.String]
		set = func(t *interp.Thread, p *interp.Value, s string) interp.Value {
			*p = interp.String(s)
			return interp.Value{}
		}
		format = func(p *interp.Value) string { return p.Str() }
	case "float64Value":
		under = types.Typ[types.Float64]
		set = func(t *interp.Thread, p *interp.Value, s string) interp.Value {
			// Go stores what the parse gave, also on an error.
			v, err := strconv.ParseFloat(s, 64)
			*p = interp.Float(v)
			if err != nil {
				return numErr(t, err)
			}
			return interp.Value{}
		}
		format = func(p *interp.Value) string { return strconv.FormatFloat(p.Float(), 'g', -1, 64) }
	case "durationValue":
		under = types.Typ[types.Int64]
		set = func(t *interp.Thread, p *interp.Value, s string) interp.Value {
			v, err := time.ParseDuration(s)
			*p = interp.Int(int64(v))
			if err != nil {
				return flagErr(t, "errParse", "parse error")
			}
			return interp.Value{}
		}
		get = func(t *interp.Thread, p *interp.Value) interp.Value {
			return interp.MakeIface(m.LookupType("time", "Duration"), *p)
		}
		format = func(p *interp.Value) string { return time.Duration(p.Int()).String() }
	}
	if get == nil {
		get = func(t *interp.Thread, p *interp.Value) interp.Value {
			return interp.MakeIface(m.TypeOf(under), *p)
		}
	}
	methods := []interp.Method{
		{Name: "Set", Params: str, Results: []types.Type{errT}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			return set(t, cellOf(args), args[1].Str())
		}},
		{Name: "Get", Results: []types.Type{anyT}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			return get(t, cellOf(args))
		}},
		{Name: "String", Results: str, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			p := cellOf(args)
			if p == nil {
				t.NilDeref()
			}
			return interp.String(format(p))
		}},
	}
	if boolean {
		methods = append(methods, interp.Method{Name: "IsBoolFlag", Results: []types.Type{types.Typ[types.Bool]}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			return interp.Bool(true)
		}})
	}
	return m.NativeType("flag", kind, under, true, methods)
}

// funcValueType is flag.funcValue or flag.boolFuncValue.
func funcValueType(t *interp.Thread, boolean bool) *interp.Type {
	str := []types.Type{types.Typ[types.String]}
	fnT := types.NewSignatureType(nil, nil, nil, types.NewTuple(types.NewVar(0, nil, "", types.Typ[types.String])), types.NewTuple(types.NewVar(0, nil, "", errT)), false)
	methods := []interp.Method{
		{Name: "Set", Params: str, Results: []types.Type{errT}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			return t.Call(args[0], args[1])
		}},
		{Name: "String", Results: str, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			return interp.String("")
		}},
	}
	name := "funcValue"
	if boolean {
		name = "boolFuncValue"
		methods = append(methods, interp.Method{Name: "IsBoolFlag", Results: []types.Type{types.Typ[types.Bool]}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			return interp.Bool(true)
		}})
	}
	return t.Machine().NativeType("flag", name, fnT, false, methods)
}

// textValue makes flag's textValue{p} for TextVar(p, name, value, usage):
// the default value val is copied into *p first, as Go does by reflection.
func textValue(t *interp.Thread, p, val interp.Value) interp.Value {
	pi := p.Iface()
	if pi == nil || pi.T.Kind != interp.KPointer {
		libPanic(t, "variable value type must be a pointer")
	}
	vi := ifaceOf(t, val)
	defT, defV := vi.T, vi.V
	if defT.Kind == interp.KPointer {
		if defV.Ptr() == nil {
			t.NilDeref()
		}
		defT, defV = defT.Elem, *defV.Ptr()
	}
	if defT != pi.T.Elem {
		libPanic(t, "default type does not match variable type: "+defT.Name+" != "+pi.T.Elem.Name)
	}
	if pi.V.Ptr() == nil {
		t.NilDeref()
	}
	*pi.V.Ptr() = interp.Copy(defT, defV)
	str := []types.Type{types.Typ[types.String]}
	anyT := types.NewInterfaceType(nil, nil)
	tt := t.Machine().NativeType("flag", "textValue", structOf("p", anyT), false, []interp.Method{
		{Name: "Set", Params: str, Results: []types.Type{errT}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			return callMethod(t, ifaceOf(t, args[0].Elems()[0]), "UnmarshalText", interp.MakeBytes([]byte(args[1].Str())))
		}},
		{Name: "Get", Results: []types.Type{anyT}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			return args[0].Elems()[0]
		}},
		{Name: "String", Results: str, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			if p := args[0].Elems()[0].Iface(); p != nil && p.T.Method("MarshalText") != nil {
				if r := callMethod(t, p, "MarshalText").Elems(); r[1].R == nil {
					return interp.String(string(interp.BytesOf(r[0])))
				}
			}
			return interp.String("")
		}},
	})
	return interp.MakeIface(tt, interp.Value{R: []interp.Value{p}})
}

// defineFlag is f.Var(value, name, usage).
func defineFlag(t *interp.Thread, cell *interp.Value, value interp.Value, name, usage string) {
	f := flagSetAt(t, cell)
	if strings.HasPrefix(name, "-") {
		libPanic(t, flagSprintf(t, f, "flag "+strconv.Quote(name)+" begins with -"))
	} else if strings.Contains(name, "=") {
		libPanic(t, flagSprintf(t, f, "flag "+strconv.Quote(name)+" contains ="))
	}
	def := callMethod(t, ifaceOf(t, value), "String").Str()
	ft, ff := flagFieldsOf(t)
	fc := new(interp.Value)
	*fc = interp.Zero(ft)
	fs := fc.Elems()
	fs[ff.name], fs[ff.usage], fs[ff.value], fs[ff.defValue] = interp.String(name), interp.String(usage), value, interp.String(def)
	if _, ok := f.formal[name]; ok {
		if f.name == "" {
			libPanic(t, flagSprintf(t, f, "flag redefined: "+name))
		}
		libPanic(t, flagSprintf(t, f, f.name+" flag redefined: "+name))
	}
	if pos := f.undef[name]; pos != "" {
		libPanic(t, "flag "+name+" set at "+pos+" before being defined")
	}
	if f.formal == nil {
		f.formal = make(map[string]*interp.Value)
	}
	f.formal[name] = fc
}

// flagSetFlag is f.set(name, value). An undefined flag is recorded with
// the position of the program's call, which Var reports if the flag is
// defined later.
func flagSetFlag(t *interp.Thread, cell *interp.Value, name, value string) interp.Value {
	f := flagSetAt(t, cell)
	fc, ok := f.formal[name]
	if !ok {
		file, line := "?", 0
		if _, pos, ok := t.Caller(0); ok {
			file, line = "/tmp/"+pos.Filename, pos.Line
		}
		if f.undef == nil {
			f.undef = map[string]string{}
		}
		f.undef[name] = file + ":" + strconv.Itoa(line)
		return newError(t.Machine(), "no such flag -"+name)
	}
	if err := flagSetValue(t, flagValueIface(t, fc), value); err.R != nil {
		return err
	}
	if f.actual == nil {
		f.actual = make(map[string]*interp.Value)
	}
	f.actual[name] = fc
	return interp.Value{}
}

// unquoteUsage is UnquoteUsage.
func unquoteUsage(t *interp.Thread, fc *interp.Value) (name, usage string) {
	_, ff := flagFieldsOf(t)
	usage = fc.Elems()[ff.usage].Str()
	for i := 0; i < len(usage); i++ {
		if usage[i] == '`' {
			for j := i + 1; j < len(usage); j++ {
				if usage[j] == '`' {
					name = usage[i+1 : j]
					usage = usage[:i] + name + usage[j+1:]
					return name, usage
				}
			}
			break
		}
	}
	name = "value"
	v := fc.Elems()[ff.value].Iface()
	if v == nil {
		return name, usage
	}
	switch v.T.Name {
	case "*flag.durationValue":
		name = "duration"
	case "*flag.float64Value":
		name = "float"
	case "*flag.intValue", "*flag.int64Value":
		name = "int"
	case "*flag.stringValue":
		name = "string"
	case "*flag.uintValue", "*flag.uint64Value":
		name = "uint"
	default:
		if isBoolFlag(t, v) {
			name = ""
		}
	}
	return name, usage
}

// isZeroFlagValue is isZeroValue: whether value is what the String
// method of the zero value of the flag's Value type gives.
func isZeroFlagValue(t *interp.Thread, fc *interp.Value, value string) (bool, string) {
	v := flagValueIface(t, fc)
	typ := v.T
	var z interp.Value
	if typ.Kind == interp.KPointer {
		c := new(interp.Value)
		*c = interp.Zero(typ.Elem)
		z = interp.Value{R: c}
	} else {
		z = interp.Zero(typ)
	}
	f := typ.Method("String")
	res, pv, panicked := t.CallRecover(f, nil, z)
	if panicked {
		name := typ.Name
		if typ.Kind == interp.KPointer {
			name = typ.Elem.Name
		}
		_, ff := flagFieldsOf(t)
		p := newPrinter(t)
		p.doPrint([]fval{argOf(pv)})
		return false, "panic calling String method on zero " + name + " for flag " + fc.Elems()[ff.name].Str() + ": " + string(p.buf)
	}
	return value == res.Str(), ""
}

func flagPrintDefaults(t *interp.Thread, cell *interp.Value) {
	f := flagSetAt(t, cell)
	_, ff := flagFieldsOf(t)
	var errs []string
	for _, fc := range sortedFlags(t, f.formal) {
		fs := fc.Elems()
		var b strings.Builder
		b.WriteString("  -" + fs[ff.name].Str())
		name, usage := unquoteUsage(t, fc)
		if len(name) > 0 {
			b.WriteString(" ")
			b.WriteString(name)
		}
		if b.Len() <= 4 {
			b.WriteString("\t")
		} else {
			b.WriteString("\n    \t")
		}
		b.WriteString(strings.ReplaceAll(usage, "\n", "\n    \t"))
		def := fs[ff.defValue].Str()
		if isZero, err := isZeroFlagValue(t, fc, def); err != "" {
			errs = append(errs, err)
		} else if !isZero {
			if v := fs[ff.value].Iface(); v != nil && v.T.Name == "*flag.stringValue" {
				b.WriteString(" (default " + strconv.Quote(def) + ")")
			} else {
				b.WriteString(" (default " + def + ")")
			}
		}
		flagPrint(t, f, b.String()+"\n")
	}
	if len(errs) > 0 {
		flagPrint(t, f, "\n")
		for _, e := range errs {
			flagPrint(t, f, e+"\n")
		}
	}
}

// flagFailf is f.failf: the message, printed, then the usage.
func flagFailf(t *interp.Thread, cell *interp.Value, msg string) interp.Value {
	flagSprintf(t, flagSetAt(t, cell), msg)
	flagUsage(t, cell)
	return newError(t.Machine(), msg)
}

// parseOne is f.parseOne.
func parseOne(t *interp.Thread, cell *interp.Value) (bool, interp.Value) {
	f := flagSetAt(t, cell)
	args := f.args.Elems()
	if len(args) == 0 {
		return false, interp.Value{}
	}
	s := args[0].Str()
	if len(s) < 2 || s[0] != '-' {
		return false, interp.Value{}
	}
	numMinuses := 1
	if s[1] == '-' {
		numMinuses++
		if len(s) == 2 {
			f.args = interp.Value{R: args[1:]}
			return false, interp.Value{}
		}
	}
	name := s[numMinuses:]
	if len(name) == 0 || name[0] == '-' || name[0] == '=' {
		return false, flagFailf(t, cell, "bad flag syntax: "+s)
	}
	args = args[1:]
	f.args = interp.Value{R: args}
	hasValue := false
	value := ""
	for i := 1; i < len(name); i++ {
		if name[i] == '=' {
			value = name[i+1:]
			hasValue = true
			name = name[0:i]
			break
		}
	}
	fc, ok := f.formal[name]
	if !ok {
		if name == "help" || name == "h" {
			flagUsage(t, cell)
			return false, *t.Machine().Global("flag", "ErrHelp")
		}
		return false, flagFailf(t, cell, "flag provided but not defined: -"+name)
	}
	v := flagValueIface(t, fc)
	if isBoolFlag(t, v) {
		if hasValue {
			if err := flagSetValue(t, v, value); err.R != nil {
				return false, flagFailf(t, cell, "invalid boolean value "+strconv.Quote(value)+" for -"+name+": "+errorText(t, err))
			}
		} else {
			if err := flagSetValue(t, v, "true"); err.R != nil {
				return false, flagFailf(t, cell, "invalid boolean flag "+name+": "+errorText(t, err))
			}
		}
	} else {
		if !hasValue && len(args) > 0 {
			hasValue = true
			value = args[0].Str()
			f.args = interp.Value{R: args[1:]}
		}
		if !hasValue {
			return false, flagFailf(t, cell, "flag needs an argument: -"+name)
		}
		if err := flagSetValue(t, v, value); err.R != nil {
			return false, flagFailf(t, cell, "invalid value "+strconv.Quote(value)+" for flag -"+name+": "+errorText(t, err))
		}
	}
	if f.actual == nil {
		f.actual = make(map[string]*interp.Value)
	}
	f.actual[name] = fc
	return true, interp.Value{}
}

// flagParse is f.Parse(arguments).
func flagParse(t *interp.Thread, cell *interp.Value, arguments interp.Value) interp.Value {
	f := flagSetAt(t, cell)
	f.parsed = true
	f.args = arguments
	for {
		seen, err := parseOne(t, cell)
		if seen {
			continue
		}
		if err.R == nil {
			break
		}
		switch f.handling {
		case continueOnError:
			return err
		case exitOnError:
			if isErr(t, err, "flag", "ErrHelp") {
				t.Exit(0)
			} else {
				t.Exit(2)
			}
			return interp.Value{}
		case panicOnError:
			t.Panic(err)
		}
	}
	return interp.Value{}
}

func init() {
	interp.RegisterGlobal("flag.ErrHelp", func(m *interp.Machine, _ *interp.Type) interp.Value {
		return newError(m, "flag: help requested")
	})
	// Usage prints CommandLine's usage under os.Args[0].
	interp.RegisterGlobal("flag.Usage", func(m *interp.Machine, _ *interp.Type) interp.Value {
		return interp.NativeClosure("flag.init.func1", func(t *interp.Thread, _ []interp.Value) interp.Value {
			cell := commandLine(t)
			flagPrint(t, flagSetAt(t, cell), "Usage of "+progName(t.Machine())+":\n")
			flagPrintDefaults(t, cell)
			return interp.Value{}
		})
	})
	// CommandLine's Usage calls the Usage variable as it is then.
	interp.RegisterGlobal("flag.CommandLine", func(m *interp.Machine, _ *interp.Type) interp.Value {
		cell := newFlagSet(m, progName(m), exitOnError, func(*interp.Value) interp.Value {
			return interp.NativeClosure("flag.commandLineUsage", func(t *interp.Thread, _ []interp.Value) interp.Value {
				t.Call(*t.Machine().Global("flag", "Usage"))
				return interp.Value{}
			})
		})
		return interp.Value{R: cell}
	})

	interp.Register("flag.NewFlagSet", func(t *interp.Thread, args []interp.Value) interp.Value {
		return interp.Value{R: newFlagSet(t.Machine(), args[0].Str(), args[1].Int(), defaultUsageFunc)}
	})

	// method registers (*FlagSet).name and, unless pkgToo is false, the
	// package's function on CommandLine.
	method := func(name string, pkgToo bool, f func(t *interp.Thread, cell *interp.Value, args []interp.Value) interp.Value) {
		interp.Register("(*flag.FlagSet)."+name, func(t *interp.Thread, args []interp.Value) interp.Value {
			return f(t, syncPtr(t, args), args[1:])
		})
		if pkgToo {
			interp.Register("flag."+name, func(t *interp.Thread, args []interp.Value) interp.Value {
				return f(t, commandLine(t), args)
			})
		}
	}

	method("Init", false, func(t *interp.Thread, cell *interp.Value, args []interp.Value) interp.Value {
		f := flagSetAt(t, cell)
		f.name, f.handling = args[0].Str(), args[1].Int()
		return interp.Value{}
	})
	method("Name", false, func(t *interp.Thread, cell *interp.Value, args []interp.Value) interp.Value {
		return interp.String(flagSetAt(t, cell).name)
	})
	method("ErrorHandling", false, func(t *interp.Thread, cell *interp.Value, args []interp.Value) interp.Value {
		return interp.Int(flagSetAt(t, cell).handling)
	})
	method("Output", false, func(t *interp.Thread, cell *interp.Value, args []interp.Value) interp.Value {
		return flagOutput(t, flagSetAt(t, cell))
	})
	method("SetOutput", false, func(t *interp.Thread, cell *interp.Value, args []interp.Value) interp.Value {
		flagSetAt(t, cell).output = args[0]
		return interp.Value{}
	})
	method("Parsed", true, func(t *interp.Thread, cell *interp.Value, args []interp.Value) interp.Value {
		return interp.Bool(flagSetAt(t, cell).parsed)
	})
	method("Parse", false, func(t *interp.Thread, cell *interp.Value, args []interp.Value) interp.Value {
		return flagParse(t, cell, args[0])
	})
	interp.Register("flag.Parse", func(t *interp.Thread, args []interp.Value) interp.Value {
		var rest interp.Value
		if g := t.Machine().Global("os", "Args"); g != nil {
			if a := g.Elems(); len(a) > 0 {
				rest = interp.Value{R: a[1:]}
			}
		}
		flagParse(t, commandLine(t), rest)
		return interp.Value{}
	})
	method("Args", true, func(t *interp.Thread, cell *interp.Value, args []interp.Value) interp.Value {
		return flagSetAt(t, cell).args
	})
	method("NArg", true, func(t *interp.Thread, cell *interp.Value, args []interp.Value) interp.Value {
		return interp.Int(int64(len(flagSetAt(t, cell).args.Elems())))
	})
	method("Arg", true, func(t *interp.Thread, cell *interp.Value, args []interp.Value) interp.Value {
		a := flagSetAt(t, cell).args.Elems()
		i := args[0].Int()
		if i < 0 || i >= int64(len(a)) {
			return interp.String("")
		}
		return a[i]
	})
	method("NFlag", true, func(t *interp.Thread, cell *interp.Value, args []interp.Value) interp.Value {
		return interp.Int(int64(len(flagSetAt(t, cell).actual)))
	})
	method("Lookup", true, func(t *interp.Thread, cell *interp.Value, args []interp.Value) interp.Value {
		if fc := flagSetAt(t, cell).formal[args[0].Str()]; fc != nil {
			return interp.Value{R: fc}
		}
		return interp.Value{}
	})
	method("Set", true, func(t *interp.Thread, cell *interp.Value, args []interp.Value) interp.Value {
		return flagSetFlag(t, cell, args[0].Str(), args[1].Str())
	})
	visit := func(all bool) func(t *interp.Thread, cell *interp.Value, args []interp.Value) interp.Value {
		return func(t *interp.Thread, cell *interp.Value, args []interp.Value) interp.Value {
			f := flagSetAt(t, cell)
			flags := f.actual
			if all {
				flags = f.formal
			}
			for _, fc := range sortedFlags(t, flags) {
				t.Call(args[0], interp.Value{R: fc})
			}
			return interp.Value{}
		}
	}
	method("Visit", true, visit(false))
	method("VisitAll", true, visit(true))
	method("PrintDefaults", true, func(t *interp.Thread, cell *interp.Value, args []interp.Value) interp.Value {
		flagPrintDefaults(t, cell)
		return interp.Value{}
	})
	interp.Register("flag.UnquoteUsage", func(t *interp.Thread, args []interp.Value) interp.Value {
		fc := args[0].Ptr()
		if fc == nil {
			t.NilDeref()
		}
		name, usage := unquoteUsage(t, fc)
		return interp.Tuple(interp.String(name), interp.String(usage))
	})
	method("Var", true, func(t *interp.Thread, cell *interp.Value, args []interp.Value) interp.Value {
		defineFlag(t, cell, args[0], args[1].Str(), args[2].Str())
		return interp.Value{}
	})
	method("Func", true, func(t *interp.Thread, cell *interp.Value, args []interp.Value) interp.Value {
		defineFlag(t, cell, interp.MakeIface(funcValueType(t, false), args[2]), args[0].Str(), args[1].Str())
		return interp.Value{}
	})
	method("TextVar", true, func(t *interp.Thread, cell *interp.Value, args []interp.Value) interp.Value {
		defineFlag(t, cell, textValue(t, args[0], args[2]), args[1].Str(), args[3].Str())
		return interp.Value{}
	})
	method("BoolFunc", true, func(t *interp.Thread, cell *interp.Value, args []interp.Value) interp.Value {
		defineFlag(t, cell, interp.MakeIface(funcValueType(t, true), args[2]), args[0].Str(), args[1].Str())
		return interp.Value{}
	})

	// The typed flags: XVar(p, name, value, usage) and X(name, value,
	// usage) *T, for each basic type.
	for _, k := range []struct{ fn, kind string }{
		{"Bool", "boolValue"}, {"Int", "intValue"}, {"Int64", "int64Value"},
		{"Uint", "uintValue"}, {"Uint64", "uint64Value"}, {"String", "stringValue"},
		{"Float64", "float64Value"}, {"Duration", "durationValue"},
	} {
		define := func(t *interp.Thread, cell *interp.Value, p *interp.Value, name string, value interp.Value, usage string) {
			if p == nil {
				t.NilDeref()
			}
			*p = value
			defineFlag(t, cell, interp.MakeIface(flagValueType(t, k.kind), interp.Value{R: p}), name, usage)
		}
		method(k.fn+"Var", true, func(t *interp.Thread, cell *interp.Value, args []interp.Value) interp.Value {
			define(t, cell, args[0].Ptr(), args[1].Str(), args[2], args[3].Str())
			return interp.Value{}
		})
		method(k.fn, true, func(t *interp.Thread, cell *interp.Value, args []interp.Value) interp.Value {
			p := new(interp.Value)
			define(t, cell, p, args[0].Str(), args[1], args[2].Str())
			return interp.Value{R: p}
		})
	}
}
