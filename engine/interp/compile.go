// compile.go: lowering an SSA function to a flat list of operations.

package interp

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"interleave/engine/trace"
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
	tpos      []trace.Pos       // pos in the trace's form, filled in as used (Thread.pos)
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
	// absorbed: pure integer ops run by their block's branch (absorbable).
	absorbed map[ssa.Instruction]bool
	// local says how gc backs the appends of slices it keeps on the stack
	// (see localSlices); bufUsed holds, per first append, the register
	// that says whether the stack buffer is taken.
	local   map[*ssa.Call]stackAppend
	bufUsed map[*ssa.Call]int
	curCall *ssa.Call
	// fresh: stores into memory no other goroutine can reach yet (fresh.go).
	fresh map[*ssa.Store]bool
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
	for v, phi := range coalesce(fn) {
		c.regs[v] = c.regs[phi]
	}
	c.consts = make([]Value, n)
	c.local = localSlices(fn)
	c.fresh = freshStores(fn)
	c.bufUsed = make(map[*ssa.Call]int)
	c.fused = make(map[ssa.Instruction]bool)
	for _, b := range fn.Blocks {
		if cmp := fusableCompare(b); cmp != nil {
			c.fused[cmp] = true
		}
	}
	c.absorbed = make(map[ssa.Instruction]bool)
	for _, b := range fn.Blocks {
		for _, in := range absorbable(b, c.fused) {
			c.absorbed[in] = true
		}
	}
	// Lay out the blocks: one op per instruction but phis, debug refs,
	// comparisons fused into their branch and pure integer operations run
	// by their block's branch.
	c.starts = make([]int, len(fn.Blocks))
	pc := 0
	for i, b := range fn.Blocks {
		c.starts[i] = pc
		for _, in := range b.Instrs {
			if c.ownOp(in) {
				pc++
			}
		}
	}
	c.f.code = make([]op, 0, pc)
	c.f.pos = make([]token.Pos, 0, pc)
	pres := make([][]op, len(fn.Blocks)) // the absorbed ops of each block
	for _, b := range fn.Blocks {
		for _, in := range b.Instrs {
			if c.absorbed[in] {
				pres[b.Index] = append(pres[b.Index], c.instr(in))
				continue
			}
			if !c.ownOp(in) {
				continue
			}
			o := c.instr(in)
			if pre := pres[b.Index]; len(pre) > 0 {
				o = withPrefix(pre, o)
			}
			c.f.code = append(c.f.code, o)
			c.f.pos = append(c.f.pos, instrPos(in))
			c.f.instrs = append(c.f.instrs, in)
		}
	}
	// A jump to a block that is only a branch (a loop header: phis, a
	// comparison, an If) runs that branch itself: one dispatch less per
	// iteration.
	for _, b := range fn.Blocks {
		jmp, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Jump)
		if !ok {
			continue
		}
		succ := b.Succs[0]
		to := c.starts[succ.Index]
		if succ == b || c.blockEnd(succ) != to+1 {
			continue
		}
		if _, ok := succ.Instrs[len(succ.Instrs)-1].(*ssa.If); !ok {
			continue
		}
		c.f.code[c.blockEnd(b)-1] = c.jumpInto(jmp, pres[b.Index], c.f.code[to], pres[succ.Index])
	}
	c.f.recoverPC = -1
	if fn.Recover != nil {
		c.f.recoverPC = c.starts[fn.Recover.Index]
	}
	c.f.template = c.consts
}

// ownOp reports whether in has an op of its own in the code.
func (c *compiler) ownOp(in ssa.Instruction) bool {
	return emits(in) && !c.fused[in] && !c.absorbed[in]
}

// blockEnd returns the pc after b's last op.
func (c *compiler) blockEnd(b *ssa.BasicBlock) int {
	if i := b.Index + 1; i < len(c.starts) {
		return c.starts[i]
	}
	return len(c.f.code)
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
		if !in.Pos().IsValid() {
			// go/ssa's call of a range-over-func loop's iterator: Go
			// shows the loop's line.
			for _, a := range in.Call.Args {
				if mc, ok := a.(*ssa.MakeClosure); ok && mc.Fn.(*ssa.Function).Synthetic == rangeYield {
					return mc.Fn.Pos()
				}
			}
		}
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

// A move is one phi move of an edge: register d takes register s. scalar
// moves copy only N (see scalarType).
type move struct {
	d, s   int
	scalar bool
}

// scalarType reports whether values of type t live in N alone (booleans,
// integers, floats): their R is always nil, so a move copies N only.
func scalarType(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&(types.IsBoolean|types.IsInteger|types.IsFloat) != 0 && b.Kind() != types.UnsafePointer
}

// moves returns the phi moves of the edge from block b to its successor
// succ, and whether they may run one after the other (no move reads a
// register another writes) rather than as a parallel copy.
func (c *compiler) moves(b, succ *ssa.BasicBlock) (ms []move, sequential bool) {
	pred := -1
	for i, p := range succ.Preds {
		if p == b {
			pred = i
		}
	}
	for _, in := range succ.Instrs {
		phi, ok := in.(*ssa.Phi)
		if !ok {
			break
		}
		m := move{d: c.regs[phi], s: c.reg(phi.Edges[pred]), scalar: scalarType(phi.Type())}
		if m.d != m.s { // not coalesced
			ms = append(ms, m)
		}
	}
	sequential = true
	for _, a := range ms {
		for _, b := range ms {
			if a.s == b.d {
				sequential = false
			}
		}
	}
	return ms, sequential
}

// edge returns the op fragment that performs the phi moves of the edge
// from block b to its successor succ.
func (c *compiler) edge(b, succ *ssa.BasicBlock) func(fr *frame) {
	ms, seq := c.moves(b, succ)
	switch {
	case len(ms) == 0:
		return nil
	case len(ms) == 1 && ms[0].scalar:
		d, s := ms[0].d, ms[0].s
		return func(fr *frame) { fr.regs[d].N = fr.regs[s].N }
	case len(ms) == 1:
		d, s := ms[0].d, ms[0].s
		return func(fr *frame) { fr.regs[d] = fr.regs[s] }
	case len(ms) == 2 && seq && ms[0].scalar && ms[1].scalar:
		d0, s0, d1, s1 := ms[0].d, ms[0].s, ms[1].d, ms[1].s
		return func(fr *frame) {
			r := fr.regs
			r[d0].N = r[s0].N
			r[d1].N = r[s1].N
		}
	case len(ms) == 2:
		d0, s0, d1, s1 := ms[0].d, ms[0].s, ms[1].d, ms[1].s
		return func(fr *frame) {
			v0, v1 := fr.regs[s0], fr.regs[s1]
			fr.regs[d0], fr.regs[d1] = v0, v1
		}
	case seq:
		return func(fr *frame) {
			r := fr.regs
			for _, m := range ms {
				if m.scalar {
					r[m.d].N = r[m.s].N
				} else {
					r[m.d] = r[m.s]
				}
			}
		}
	}
	return func(fr *frame) {
		var buf [8]Value
		tmp := buf[:0]
		for _, m := range ms {
			tmp = append(tmp, fr.regs[m.s])
		}
		for i, m := range ms {
			fr.regs[m.d] = tmp[i]
		}
	}
}
