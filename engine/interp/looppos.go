// looppos.go: the source line a step-budget stop names.

package interp

import (
	"go/ast"
	"go/token"
)

// branchPosition returns the position a stop at a branch of fr names: the
// operation the branch goes to, the next to run in the loop, or, for a loop
// whose body has no operation with a position (`for {}`), its for statement.
func (fr *frame) branchPosition() token.Position {
	fn := fr.fn
	if fr.pc < 0 || fr.pc >= len(fn.pos) {
		return fr.position()
	}
	if p := fn.pos[fr.pc]; p.IsValid() {
		return fr.m.fset.Position(p)
	}
	if p := forStmtOf(fn, fr.pc); p.IsValid() {
		return fr.m.fset.Position(p)
	}
	return fr.position()
}

// forStmtOf returns the position of the for statement whose body starts at
// op pc, if it does. The SSA builder makes one "for.body" block per for
// statement, in source order.
func forStmtOf(fn *Func, pc int) token.Pos {
	if fn.SSA == nil || pc >= len(fn.instrs) {
		return token.NoPos
	}
	b := fn.instrs[pc].Block()
	if b.Comment != "for.body" || fn.SSA.Syntax() == nil {
		return token.NoPos
	}
	k := 0
	for _, o := range fn.SSA.Blocks[:b.Index] {
		if o.Comment == "for.body" {
			k++
		}
	}
	var loops []*ast.ForStmt
	syn := fn.SSA.Syntax()
	ast.Inspect(syn, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return n == syn
		case *ast.ForStmt:
			loops = append(loops, n)
		}
		return true
	})
	if k < len(loops) {
		return loops[k].For
	}
	return token.NoPos
}
