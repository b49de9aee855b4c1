// fuse.go: superinstructions: pure integer operations run inline by their
// block's branch, and jumps that run the branch of a loop header.

package interp

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// absorbable returns the pure integer operations that end block b just
// before its Jump or If: its branch op runs them (withPrefix), saving a
// dispatch each. They can neither panic nor stop the goroutine, so no one
// can tell that fr.pc has moved past them.
func absorbable(b *ssa.BasicBlock, fused map[ssa.Instruction]bool) []ssa.Instruction {
	n := len(b.Instrs)
	if n == 0 {
		return nil
	}
	switch b.Instrs[n-1].(type) {
	case *ssa.Jump, *ssa.If:
	default:
		return nil
	}
	i := n - 1
	for i > 0 {
		in := b.Instrs[i-1]
		if _, ok := in.(*ssa.DebugRef); ok || fused[in] || pureIntOp(in) {
			i--
			continue
		}
		break
	}
	var out []ssa.Instruction
	for _, in := range b.Instrs[i : n-1] {
		if pureIntOp(in) && !fused[in] {
			out = append(out, in)
		}
	}
	return out
}

// pureIntOp reports whether in is an integer operation that cannot panic.
func pureIntOp(in ssa.Instruction) bool {
	bin, ok := in.(*ssa.BinOp)
	if !ok {
		return false
	}
	switch bin.Op {
	case token.ADD, token.SUB, token.MUL, token.AND, token.OR, token.XOR, token.AND_NOT,
		token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
	default:
		return false
	}
	basic, ok := bin.X.Type().Underlying().(*types.Basic)
	return ok && basic.Info()&types.IsInteger != 0
}

// A uop is an absorbed integer operation: d = x k y on N, run by runUops
// without a dispatch of its own. uCall runs the op f (narrow kinds, which
// wrap).
type uop struct {
	k       uopKind
	d, x, y int
	f       op
}

type uopKind uint8

const (
	uCall uopKind = iota
	uAdd
	uSub
	uMul
	uAnd
	uOr
	uXor
	uAndNot
	uEq
	uNe
	uLt // signed comparisons
	uLe
	uGt
	uGe
	uLtU // unsigned comparisons
	uLeU
	uGtU
	uGeU
)

// uop lowers an absorbable BinOp.
func (c *compiler) uop(in *ssa.BinOp) uop {
	k := cmpKind(c.m.TypeOf(in.X.Type()).Kind, in.Op)
	if k == uCall {
		wideOps := map[token.Token]uopKind{token.ADD: uAdd, token.SUB: uSub, token.MUL: uMul,
			token.AND: uAnd, token.OR: uOr, token.XOR: uXor, token.AND_NOT: uAndNot}
		if wide(c.m.TypeOf(in.X.Type()).Kind) {
			k = wideOps[in.Op]
		}
	}
	if k == uCall {
		return uop{f: c.instr(in)}
	}
	return uop{k: k, d: c.regs[in], x: c.reg(in.X), y: c.reg(in.Y)}
}

// cmpKind returns the uop of an integer comparison of kind k, or uCall.
func cmpKind(k Kind, o token.Token) uopKind {
	if !k.IsInteger() {
		return uCall
	}
	signed := k.IsSigned()
	switch o {
	case token.EQL:
		return uEq
	case token.NEQ:
		return uNe
	case token.LSS:
		if signed {
			return uLt
		}
		return uLtU
	case token.LEQ:
		if signed {
			return uLe
		}
		return uLeU
	case token.GTR:
		if signed {
			return uGt
		}
		return uGtU
	case token.GEQ:
		if signed {
			return uGe
		}
		return uGeU
	}
	return uCall
}

// test evaluates the comparison k on a and b.
func test(k uopKind, a, b uint64) bool {
	switch k {
	case uEq:
		return a == b
	case uNe:
		return a != b
	case uLt:
		return int64(a) < int64(b)
	case uLe:
		return int64(a) <= int64(b)
	case uGt:
		return int64(a) > int64(b)
	case uGe:
		return int64(a) >= int64(b)
	case uLtU:
		return a < b
	case uLeU:
		return a <= b
	case uGtU:
		return a > b
	}
	return a >= b
}

// runUops runs the absorbed ops us in fr.
func runUops(fr *frame, us []op) {
	for _, u := range us {
		u(fr)
	}
}

// withPrefix returns the op that runs the absorbed ops us, then o.
func withPrefix(us []op, o op) op {
	switch len(us) {
	case 1:
		u0 := us[0]
		return func(fr *frame) {
			u0(fr)
			o(fr)
		}
	case 2:
		u0, u1 := us[0], us[1]
		return func(fr *frame) {
			u0(fr)
			u1(fr)
			o(fr)
		}
	}
	return func(fr *frame) {
		runUops(fr, us)
		o(fr)
	}
}

// jumpInto returns the op of jmp when its target is a block whose only op
// is its branch br (with the absorbed ops brUops): jmp's absorbed ops us,
// the phi moves, then the branch, counting the same steps at the same pcs
// as the two ops would. A branch on an integer comparison runs inline.
func (c *compiler) jumpInto(jmp *ssa.Jump, us []op, br op, brUops []op) op {
	b := jmp.Block()
	succ := b.Succs[0]
	to := c.starts[succ.Index]
	ms, seq := c.moves(b, succ)
	scalar := seq
	for _, m := range ms {
		scalar = scalar && m.scalar
	}
	iff := succ.Instrs[len(succ.Instrs)-1].(*ssa.If)
	cmp, ok := iff.Cond.(*ssa.BinOp)
	if !scalar || !ok || !c.fused[cmp] || len(brUops) > 0 {
		e := c.edge(b, succ)
		if e == nil {
			e = func(*frame) {}
		}
		return func(fr *frame) {
			runUops(fr, us)
			e(fr)
			fr.pc = to
			fr.step()
			br(fr)
		}
	}
	k := cmpKind(c.m.TypeOf(cmp.X.Type()).Kind, cmp.Op)
	x, y := c.reg(cmp.X), c.reg(cmp.Y)
	yes, no := c.starts[succ.Succs[0].Index], c.starts[succ.Succs[1].Index]
	br2 := &headerBranch{to: to, yes: yes, no: no, x: x, y: y, k: k}
	if len(ms) > 0 {
		// The moves and the absorbed ops in one call.
		absorbed := us
		pre := func(fr *frame) {
			runUops(fr, absorbed)
			r := fr.regs
			for _, m := range ms {
				r[m.d].N = r[m.s].N
			}
		}
		us = []op{pre}
	}
	// A block that is nothing but this jump, and that the header branches
	// back to, is a whole loop (for i := 0; i < n; i++ { s += i }): the op
	// runs it until the branch leaves. Nothing else happens between two
	// iterations, which count their steps as before.
	if body := c.starts[b.Index]; c.blockEnd(b)-1 == body && (yes == body) != (no == body) {
		switch len(us) {
		case 1:
			u0 := us[0]
			return func(fr *frame) {
				for {
					u0(fr)
					br2.run(fr)
					if fr.pc != body {
						return
					}
				}
			}
		case 2:
			u0, u1 := us[0], us[1]
			return func(fr *frame) {
				for {
					u0(fr)
					u1(fr)
					br2.run(fr)
					if fr.pc != body {
						return
					}
				}
			}
		}
		return func(fr *frame) {
			for {
				runUops(fr, us)
				br2.run(fr)
				if fr.pc != body {
					return
				}
			}
		}
	}
	// Written out for the usual counts of absorbed ops, so that branch
	// inlines.
	switch len(us) {
	case 0:
		return br2.run
	case 1:
		u0 := us[0]
		return func(fr *frame) {
			u0(fr)
			br2.run(fr)
		}
	case 2:
		u0, u1 := us[0], us[1]
		return func(fr *frame) {
			u0(fr)
			u1(fr)
			br2.run(fr)
		}
	}
	return func(fr *frame) {
		runUops(fr, us)
		br2.run(fr)
	}
}

// A headerBranch is the branch of a loop header run by the jump into it:
// pc to is the header's branch, which tests x k y and goes to yes or no.
type headerBranch struct {
	to, yes, no, x, y int
	k                 uopKind
}

func (b *headerBranch) run(fr *frame) {
	fr.pc = b.to
	fr.step()
	if test(b.k, fr.regs[b.x].N, fr.regs[b.y].N) {
		fr.pc = b.yes
	} else {
		fr.pc = b.no
	}
	fr.step()
}

// coalesce returns the values to compute straight into the register of the
// phi they feed, which saves the phi move: v = x + 1 in a loop's last block
// writes i, the phi it becomes on the back edge. A value qualifies when
//   - it is a pure integer operation (which reads its operands before it
//     writes its register) in a block that ends with a Jump,
//   - its only use is the phi, on that edge, and
//   - nothing reads the phi's old value after v is computed: no later
//     instruction of the block, no other phi move of the edge.
//
// The phi's register then changes earlier than the edge, which no one can
// see: the only readers in between would be those later instructions.
func coalesce(fn *ssa.Function) map[ssa.Value]*ssa.Phi {
	var out map[ssa.Value]*ssa.Phi
	for _, b := range fn.Blocks {
		n := len(b.Instrs)
		if n == 0 {
			continue
		}
		if _, ok := b.Instrs[n-1].(*ssa.Jump); !ok {
			continue
		}
		succ := b.Succs[0]
		pred := -1
		for i, p := range succ.Preds {
			if p == b {
				pred = i
			}
		}
		index := make(map[ssa.Instruction]int, n)
		for i, in := range b.Instrs {
			index[in] = i
		}
	instrs:
		for k, in := range b.Instrs {
			if !pureIntOp(in) {
				continue
			}
			v := in.(ssa.Value)
			refs := *v.Referrers()
			if len(refs) != 1 {
				continue
			}
			phi, ok := refs[0].(*ssa.Phi)
			if !ok || phi.Block() != succ || phi.Edges[pred] != v {
				continue
			}
			for _, r := range *phi.Referrers() {
				if _, ok := r.(*ssa.DebugRef); ok {
					continue
				}
				if i, ok := index[r]; ok && i > k {
					continue instrs // reads the old value after v
				}
				if q, ok := r.(*ssa.Phi); ok && q.Block() == succ && q.Edges[pred] == phi {
					continue instrs // another move of the edge reads it
				}
			}
			if out == nil {
				out = make(map[ssa.Value]*ssa.Phi)
			}
			out[v] = phi
		}
	}
	return out
}
