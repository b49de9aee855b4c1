// compile.go: lowering an SSA function to a flat list of operations.

package interp

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// A Func is a function the interpreter can call: SSA lowered to ops, or a
// native implementation of a sandbox library function.
type Func struct {
	SSA    *ssa.Function
	Name   string
	m      *Machine
	native Native

	compiled  bool
	code      []op
	pos       []token.Pos       // source position of each op
	instrs    []ssa.Instruction // the instruction of each op (trace.go)
	template  []Value           // initial registers: constants filled in
	nparams   int               // registers holding parameters; free variables follow
	recoverPC int
}

// An op executes one operation in frame fr. The run loop has already
// advanced fr.pc past it.
type op func(fr *frame)

// A Native implements a library function in Go. args are the call's
// arguments (the receiver first for methods); the result is the function's
// single result, a Tuple for several, or the zero Value for none.
type Native func(t *Thread, args []Value) Value

// A Binder makes the Native for one function, given its SSA form (which
// carries the type arguments of a generic instance).
type Binder func(fn *ssa.Function, m *Machine) Native

var natives = map[string]Binder{}

// Register installs the native implementation of the library function
// named name: "strings.ToUpper", "(*sync.Mutex).Lock", "slices.Sort".
func Register(name string, f Native) {
	natives[name] = func(*ssa.Function, *Machine) Native { return f }
}

// RegisterBinder installs a Binder for name, for natives that depend on the
// instance: generic functions, or functions that need static types.
func RegisterBinder(name string, b Binder) { natives[name] = b }

// Registered reports whether name has a native implementation.
func Registered(name string) bool { _, ok := natives[name]; return ok }

// funcOf returns the Func for fn, creating it on first use.
func (m *Machine) funcOf(fn *ssa.Function) *Func {
	if f, ok := m.funcs[fn]; ok {
		return f
	}
	f := &Func{SSA: fn, Name: goFuncName(fn), m: m}
	m.funcs[fn] = f
	if fn.Blocks == nil {
		name := fn.String()
		if o := fn.Origin(); o != nil {
			name = o.String()
		}
		if b, ok := natives[name]; ok {
			f.native = b(fn, m)
		} else if fn.Name() == "init" && fn.Signature.Recv() == nil {
			// A library package's initializer: the natives need none.
			f.native = func(*Thread, []Value) Value { return Value{} }
		} else if fn.Synthetic != "" && fn.Object() == nil {
			f.native = func(t *Thread, args []Value) Value {
				t.m.unsupported(t, fmt.Sprintf("%s (%s)", name, fn.Synthetic))
				return Value{}
			}
		} else {
			f.native = func(t *Thread, args []Value) Value {
				t.m.unsupported(t, name)
				return Value{}
			}
		}
	}
	return f
}

// unsupported stops the run: the program called a library function the
// playground does not implement.
func (m *Machine) unsupported(t *Thread, name string) {
	m.budgetMsg(t, fmt.Sprintf("%s is not supported in the playground yet", name))
}

func (m *Machine) budgetMsg(t *Thread, msg string) {
	m.budgetExceeded(t, msg)
}

// compile lowers f's SSA to ops, once.
func (f *Func) compile() {
	if f.compiled {
		return
	}
	f.compiled = true
	c := &compiler{f: f, m: f.m, regs: make(map[ssa.Value]int)}
	c.compile()
}

type compiler struct {
	f      *Func
	m      *Machine
	fn     *ssa.Function
	regs   map[ssa.Value]int
	consts []Value
	starts []int // first op of each block
	fused  map[ssa.Instruction]bool
	// local says how gc backs the appends of slices it keeps on the stack
	// (see localSlices); bufUsed holds, per first append, the register
	// that says whether the stack buffer is taken.
	local   map[*ssa.Call]stackAppend
	bufUsed map[*ssa.Call]int
	curCall *ssa.Call
}

// fusableCompare returns the integer comparison that only b's closing If
// uses, so that the If can do the comparison itself.
func fusableCompare(b *ssa.BasicBlock) *ssa.BinOp {
	if len(b.Instrs) == 0 {
		return nil
	}
	iff, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
	if !ok {
		return nil
	}
	cmp, ok := iff.Cond.(*ssa.BinOp)
	if !ok || cmp.Block() != b || len(*cmp.Referrers()) != 1 {
		return nil
	}
	for _, succ := range b.Succs {
		if _, phi := succ.Instrs[0].(*ssa.Phi); phi {
			return nil // the branch moves phis: If does not fuse (see instr.go)
		}
	}
	switch cmp.Op {
	case token.LSS, token.LEQ, token.GTR, token.GEQ, token.EQL, token.NEQ:
	default:
		return nil
	}
	basic, ok := cmp.X.Type().Underlying().(*types.Basic)
	if !ok || basic.Info()&types.IsInteger == 0 {
		return nil
	}
	return cmp
}

func (c *compiler) compile() {
	fn := c.f.SSA
	c.fn = fn
	restoreRunDefers(fn)
	n := 0
	for _, p := range fn.Params {
		c.regs[p] = n
		n++
	}
	for _, fv := range fn.FreeVars {
		c.regs[fv] = n
		n++
	}
	c.f.nparams = len(fn.Params)
	for _, b := range fn.Blocks {
		for _, in := range b.Instrs {
			if v, ok := in.(ssa.Value); ok {
				c.regs[v] = n
				n++
			}
		}
	}
	c.consts = make([]Value, n)
	c.local = localSlices(fn)
	c.bufUsed = make(map[*ssa.Call]int)
	c.fused = make(map[ssa.Instruction]bool)
	for _, b := range fn.Blocks {
		if cmp := fusableCompare(b); cmp != nil {
			c.fused[cmp] = true
		}
	}
	// Lay out the blocks: one op per instruction but phis, debug refs and
	// comparisons fused into their branch.
	c.starts = make([]int, len(fn.Blocks))
	pc := 0
	for i, b := range fn.Blocks {
		c.starts[i] = pc
		for _, in := range b.Instrs {
			if emits(in) && !c.fused[in] {
				pc++
			}
		}
	}
	c.f.code = make([]op, 0, pc)
	c.f.pos = make([]token.Pos, 0, pc)
	for _, b := range fn.Blocks {
		for _, in := range b.Instrs {
			if !emits(in) || c.fused[in] {
				continue
			}
			c.f.code = append(c.f.code, c.instr(in))
			c.f.pos = append(c.f.pos, instrPos(in))
			c.f.instrs = append(c.f.instrs, in)
		}
	}
	c.f.recoverPC = -1
	if fn.Recover != nil {
		c.f.recoverPC = c.starts[fn.Recover.Index]
	}
	c.f.template = c.consts
}

func emits(in ssa.Instruction) bool {
	switch in.(type) {
	case *ssa.Phi, *ssa.DebugRef:
		return false
	}
	return true
}

func instrPos(in ssa.Instruction) token.Pos {
	switch in := in.(type) {
	case *ssa.Call:
		return in.Pos()
	case *ssa.Return:
		return returnPos(in)
	case *ssa.RunDefers:
		// The deferred calls run at the return that follows.
		if b := in.Block(); b != nil && len(b.Instrs) > 0 {
			if r, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
				return returnPos(r)
			}
		}
	}
	if p := in.Pos(); p.IsValid() {
		return p
	}
	if v, ok := in.(ssa.Value); ok {
		for _, r := range *v.Referrers() {
			if p := r.Pos(); p.IsValid() {
				return p
			}
		}
	}
	return token.NoPos
}

// returnPos is where a return happens: its return statement, or the
// closing brace of the function for the implicit one at its end.
func returnPos(r *ssa.Return) token.Pos {
	if p := r.Pos(); p.IsValid() {
		return p
	}
	switch syn := r.Parent().Syntax().(type) {
	case *ast.FuncDecl:
		if syn.Body != nil {
			return syn.Body.Rbrace
		}
	case *ast.FuncLit:
		return syn.Body.Rbrace
	}
	return token.NoPos
}

// reg returns the register holding v, allocating constant registers.
func (c *compiler) reg(v ssa.Value) int {
	if r, ok := c.regs[v]; ok {
		return r
	}
	var val Value
	switch v := v.(type) {
	case *ssa.Const:
		val = c.m.constValue(v)
	case *ssa.Global:
		val = Value{R: c.m.global(v)}
	case *ssa.Function:
		val = Value{R: &Closure{Fn: c.m.funcOf(v)}}
	case *ssa.Builtin:
		panic("interp: builtin used as a value: " + v.Name())
	default:
		panic(fmt.Sprintf("interp: no register for %T %v", v, v))
	}
	r := len(c.consts)
	c.consts = append(c.consts, val)
	c.regs[v] = r
	return r
}

func (c *compiler) regsOf(vs []ssa.Value) []int {
	rs := make([]int, len(vs))
	for i, v := range vs {
		rs[i] = c.reg(v)
	}
	return rs
}

// global returns the cell of a package-level variable.
func (m *Machine) global(g *ssa.Global) *Value {
	if c, ok := m.globals[g]; ok {
		return c
	}
	c := new(Value)
	t := m.TypeOf(g.Type().(*types.Pointer).Elem())
	m.globals[g] = c
	if f := globalInit(g); f != nil {
		*c = f(m, t)
	} else {
		*c = Zero(t)
	}
	return c
}

// constValue converts an SSA constant.
func (m *Machine) constValue(c *ssa.Const) Value {
	t := m.TypeOf(c.Type())
	if c.Value == nil {
		return Zero(t)
	}
	switch {
	case t.Kind == KBool:
		return Bool(constant.BoolVal(c.Value))
	case t.Kind.IsSigned():
		v, _ := constant.Int64Val(constant.ToInt(c.Value))
		return Int(v)
	case t.Kind.IsInteger():
		v, _ := constant.Uint64Val(constant.ToInt(c.Value))
		return Uint(v)
	case t.Kind == KFloat32:
		v, _ := constant.Float32Val(constant.ToFloat(c.Value))
		return Float(float64(v))
	case t.Kind == KFloat64:
		v, _ := constant.Float64Val(constant.ToFloat(c.Value))
		return Float(v)
	case t.Kind.IsComplex():
		re, _ := constant.Float64Val(constant.ToFloat(constant.Real(c.Value)))
		im, _ := constant.Float64Val(constant.ToFloat(constant.Imag(c.Value)))
		if t.Kind == KComplex64 {
			re, im = float64(float32(re)), float64(float32(im))
		}
		return Complex(complex(re, im))
	case t.Kind == KString:
		return String(constant.StringVal(c.Value))
	}
	panic(fmt.Sprintf("interp: constant %v of type %v", c.Value, c.Type()))
}

// edge returns the op fragment that performs the phi moves of the edge
// from block b to its successor succ.
func (c *compiler) edge(b, succ *ssa.BasicBlock) func(fr *frame) {
	pred := -1
	for i, p := range succ.Preds {
		if p == b {
			pred = i
		}
	}
	var dst, src []int
	for _, in := range succ.Instrs {
		phi, ok := in.(*ssa.Phi)
		if !ok {
			break
		}
		dst = append(dst, c.regs[phi])
		src = append(src, c.reg(phi.Edges[pred]))
	}
	switch len(dst) {
	case 0:
		return nil
	case 1:
		d, s := dst[0], src[0]
		return func(fr *frame) { fr.regs[d] = fr.regs[s] }
	case 2:
		d0, s0, d1, s1 := dst[0], src[0], dst[1], src[1]
		return func(fr *frame) {
			v0, v1 := fr.regs[s0], fr.regs[s1]
			fr.regs[d0], fr.regs[d1] = v0, v1
		}
	}
	return func(fr *frame) {
		var buf [8]Value
		tmp := buf[:0]
		for _, s := range src {
			tmp = append(tmp, fr.regs[s])
		}
		for i, d := range dst {
			fr.regs[d] = tmp[i]
		}
	}
}
