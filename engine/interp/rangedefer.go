// rangedefer.go: the deferred calls of range-over-func loop bodies.

package interp

import (
	"sync"

	"golang.org/x/tools/go/ssa"
)

var restoreMu sync.Mutex

// restoreRunDefers puts back the RunDefers instructions that go/ssa's lifting
// drops from a function whose only defer statements are in the bodies of its
// range-over-func loops (they defer onto its stack through ssa:deferstack):
// without them the function would load its results before running its
// deferred calls, which could no longer change named results. Each goes
// where the builder put it, before the loads of the results in the return's
// block. go/ssa may build a function once for several machines, hence the
// lock; the first call does the work.
func restoreRunDefers(fn *ssa.Function) {
	restoreMu.Lock()
	defer restoreMu.Unlock()
	stack := false
	for _, b := range fn.Blocks {
		for _, in := range b.Instrs {
			switch in := in.(type) {
			case *ssa.RunDefers:
				return
			case *ssa.Call:
				if bi, ok := in.Call.Value.(*ssa.Builtin); ok && bi.Name() == "ssa:deferstack" {
					stack = true
				}
			}
		}
	}
	if !stack {
		return
	}
	for _, b := range fn.Blocks {
		n := len(b.Instrs)
		if n == 0 || b == fn.Recover {
			continue
		}
		ret, ok := b.Instrs[n-1].(*ssa.Return)
		if !ok {
			continue
		}
		at := n - 1
		for _, r := range ret.Results {
			if in, ok := r.(ssa.Instruction); ok && in.Block() == b {
				for i, x := range b.Instrs[:at] {
					if x == in {
						at = i
						break
					}
				}
			}
		}
		instrs := make([]ssa.Instruction, 0, n+1)
		instrs = append(instrs, b.Instrs[:at]...)
		instrs = append(instrs, new(ssa.RunDefers))
		b.Instrs = append(instrs, b.Instrs[at:]...)
	}
}
