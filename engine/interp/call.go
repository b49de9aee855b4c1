// call.go: frames, calls, defer, panic and recover.

package interp

import (
	"fmt"
	"go/token"
	"runtime"
	"strings"
)

// A frame is one activation of an interpreted function.
type frame struct {
	t      *Thread
	m      *Machine
	fn     *Func
	regs   []Value
	pc     int
	caller *frame
	ret    int // register of the caller that receives the result; -1: none
	defers []deferred
	kind   frameKind
	// panic: for a deferred call run by a panic, that panic (recover reads it).
	panic *panicking
	// unwinding: the frame is running its deferred calls because of a panic.
	unwinding bool
	// atReturn: the frame is running its deferred calls at a return; its
	// position is that return (or the closing brace), as in Go.
	atReturn bool
	result   Value       // the result of a callback frame
	then     func(Value) // called with the result when the frame returns (PushCall)
}

type frameKind uint8

const (
	plainCall    frameKind = iota
	deferCall              // run by RunDefers: returns into the RunDefers loop
	panicDefer             // run by a panic: returns into the unwinding
	callbackCall           // called by a native: returns to the host
)

// A deferred call.
type deferred struct {
	fn   *Func
	env  []Value
	args []Value
	pos  token.Pos
}

// position returns the source position of the operation fr is executing.
func (fr *frame) position() token.Position {
	if fr.atReturn {
		if p, ok := fr.returnPosition(); ok {
			return p
		}
	}
	pc := fr.pc - 1
	if fr.t.resumed && fr == fr.t.top {
		pc = fr.pc // rewound to run its operation again (Retry, Preempt)
	}
	var pos token.Pos
	if pc >= 0 && pc < len(fr.fn.pos) {
		pos = fr.fn.pos[pc]
	}
	if !pos.IsValid() && fr.fn.SSA != nil {
		pos = fr.fn.SSA.Pos()
	}
	return fr.t.m.fset.Position(pos)
}

// step counts a step (a branch) against the budget.
func (fr *frame) step() {
	if m := fr.m; m.steps < m.maxSteps {
		m.steps++
	} else {
		m.tick(fr.t)
	}
}

// tick counts a step against the budget, and lets virtual time pass
// when goroutines have computed for computeSteps steps.
func (m *Machine) tick(t *Thread) {
	m.steps++
	if m.steps >= m.busyAt {
		m.passComputeTime()
	}
	if b := m.budgets.Steps; b > 0 && m.steps > b {
		msg := fmt.Sprintf("step budget exceeded (%d steps): the program may loop forever", b)
		if t != nil && t.top != nil {
			p := t.top.branchPosition()
			msg += fmt.Sprintf(" at %s:%d", p.Filename, p.Line)
			t = nil
		}
		m.budgetExceeded(t, msg)
	}
}

// pushCall starts a call of fn with the captured variables env and args;
// the result goes to register ret of the current frame (-1: dropped).
func (t *Thread) pushCall(fn *Func, env, args []Value, ret int) *frame {
	if fn.native != nil {
		panic("interp: pushCall of native " + fn.Name)
	}
	fn.compile()
	t.depth++
	var fr *frame
	if n := len(t.free); n > 0 {
		fr = t.free[n-1]
		t.free = t.free[:n-1]
	} else {
		fr = new(frame)
	}
	if cap(fr.regs) >= len(fn.template) {
		fr.regs = fr.regs[:len(fn.template)]
	} else {
		fr.regs = make([]Value, len(fn.template))
	}
	copy(fr.regs, fn.template)
	copy(fr.regs, args)
	copy(fr.regs[fn.nparams:], env)
	fr.t, fr.m, fr.fn, fr.pc, fr.caller, fr.ret = t, t.m, fn, 0, t.top, ret
	fr.kind, fr.panic, fr.unwinding, fr.atReturn = plainCall, nil, false, false
	t.setTop(fr)
	if b := t.m.budgets.Depth; b > 0 && t.depth > b {
		t.stackOverflow()
	}
	return fr
}

// popFrame returns from fr with result.
func (t *Thread) popFrame(fr *frame, result Value) {
	caller := fr.caller
	t.setTop(caller)
	t.depth--
	switch fr.kind {
	case plainCall:
		if fr.ret >= 0 {
			caller.regs[fr.ret] = result
		}
	case callbackCall:
		fr.result = result
	case panicDefer:
		if p := fr.panic; p.recovered && t.hasPanic(p) {
			t.recovered(p)
		} else if len(t.panics) > 0 {
			t.unwind()
		}
	}
	if fr.then != nil {
		fr.then(result)
	}
	if fr.kind != callbackCall {
		t.release(fr)
	}
}

func (t *Thread) release(fr *frame) {
	// fr.regs is not cleared: pushCall overwrites the registers it reuses
	// with the callee's template.
	fr.defers = fr.defers[:0]
	fr.caller = nil
	fr.panic = nil
	fr.then = nil
	t.free = append(t.free, fr)
}

// Call calls the function value fn with args and returns its result: how a
// native (sort.Slice, fmt calling String) calls back into the program. The
// call runs to completion before Call returns.
func (t *Thread) Call(fn Value, args ...Value) Value {
	c := fn.Closure()
	if c == nil {
		panic(nilDeref())
	}
	return t.CallFunc(c.Fn, c.Env, args...)
}

// CallFunc calls f (with captured variables env) and returns its result.
func (t *Thread) CallFunc(f *Func, env []Value, args ...Value) Value {
	if f.native != nil {
		return f.native(t, args)
	}
	caller := t.top
	fr := t.pushCall(f, env, args, -1)
	fr.kind = callbackCall
	t.cbDepth++
	defer func() { t.cbDepth-- }()
	for {
		t.execCallback(caller)
		if t.top == caller {
			break
		}
		if t.m.exited {
			panic(budgetStop{})
		}
		// Blocked or preempted inside a callback: let the other
		// goroutines run until this one can go on.
		t.m.suspend(t)
	}
	res := fr.result
	t.release(fr)
	return res
}

// execCallback runs a callback's frames like exec; a Go panic raised by an
// operation inside them (a runtime error) starts unwinding the callback's
// own frames, so its deferred calls run and may recover, instead of
// escaping past the native that made the call.
func (t *Thread) execCallback(until *frame) {
	defer func() {
		if r := recover(); r != nil {
			switch r.(type) {
			case *runtimeErr, *goPanic, goexitSignal, runtime.Error:
				t.hostPanic(r)
			default:
				panic(r)
			}
		}
	}()
	t.exec(until)
}

// A panicking records one panic of a goroutine.
type panicking struct {
	val        Value // the panic value: an interface value
	recovered  bool
	repanicked bool
	runtimeErr bool   // raised by the runtime (prints the signal line for nil derefs)
	static     bool   // a runtime error whose value is the same every time (runtimeErr.static)
	sigsegv    bool   // a nil dereference
	addr       uint64 // its faulting address
	stack      string // the goroutine's traceback when the panic began
	cursor     *frame // the frame whose deferred calls the panic runs
	aborted    bool   // a later panic unwound past the deferred call running for it
	// goexit: not a panic but runtime.Goexit, which runs the deferred
	// calls the same way (recover returns nil) and then ends the goroutine.
	goexit bool
}

// Panic starts a panic of the current goroutine with the interface value v.
// It does not return: it unwinds the host stack back to the run loop.
func (t *Thread) Panic(v Value) {
	panic(&goPanic{val: v})
}

// goPanic carries a Go panic raised by host code to the run loop.
type goPanic struct {
	val     Value
	sigsegv bool
}

// unwindThroughHost carries an unwinding panic out of a host callback.
type unwindThroughHost struct{}

// Fatal ends the program with Go's "fatal error: msg" and the goroutine's
// traceback: errors that recover cannot catch.
func (t *Thread) Fatal(msg string) {
	panic(&fatalError{msg: msg})
}

type fatalError struct{ msg string }

// Goexit ends the current goroutine as runtime.Goexit does: its deferred
// calls run (recover returns nil in them), then it exits. It does not
// return: it unwinds the host stack back to the run loop.
func (t *Thread) Goexit() {
	panic(goexitSignal{})
}

// goexitSignal carries runtime.Goexit to the run loop.
type goexitSignal struct{}

// hostPanic handles a host panic that reached t's run loop.
func (t *Thread) hostPanic(r any) {
	switch r := r.(type) {
	case budgetStop:
		if t.cbDepth > 0 {
			panic(r)
		}
		t.halt()
	case unwindThroughHost:
		if t.cbDepth > 0 {
			panic(r)
		}
		t.unwind()
	case goexitSignal:
		t.startPanic(&panicking{goexit: true})
	case *goPanic:
		t.startPanic(&panicking{val: r.val, sigsegv: r.sigsegv})
	case *runtimeErr:
		t.startPanic(&panicking{val: t.m.runtimeErrorValue(r), runtimeErr: true, static: r.static(), sigsegv: r.sigsegv, addr: r.addr})
	case *fatalError:
		var b strings.Builder
		if len(t.panics) > 0 {
			// Raised by a deferred call while panicking: Go prints the
			// panics first, their values without calling Error or String.
			t.writePanics(&b, true)
			b.WriteString("\t")
		}
		b.WriteString("fatal error: " + r.msg + "\n\n")
		t.traceback(&b, "running")
		t.m.writeErr(b.String())
		t.m.exit(2)
	case runtime.Error:
		// A Go runtime error in host code on the program's behalf (for
		// example an integer division by zero in a native).
		// It keeps its runtime type (runtime.errorString, ...) for %T.
		msg := r.Error()
		const prefix = "runtime error: "
		plain := true
		if len(msg) > len(prefix) && msg[:len(prefix)] == prefix {
			msg, plain = msg[len(prefix):], false
		}
		kind := strings.TrimPrefix(strings.TrimPrefix(fmt.Sprintf("%T", r), "*"), "runtime.")
		re := &runtimeErr{msg: msg, kind: kind, plain: plain}
		t.startPanic(&panicking{val: t.m.runtimeErrorValue(re), runtimeErr: true, static: re.static()})
	default:
		panic(r) // an interpreter bug: let it crash loudly
	}
}

// startPanic begins unwinding t's stack for p.
func (t *Thread) startPanic(p *panicking) {
	if !p.goexit {
		var b strings.Builder
		t.traceback(&b, "running")
		// A panic prints after the deferred calls ran, runtime.main's
		// unlock of the main thread during init among them.
		p.stack = strings.Replace(b.String(), ", locked to thread]", "]", 1)
		if t.m.rec != nil {
			t.m.rec.panic(t, p)
		}
	}
	p.cursor = t.top
	t.panics = append(t.panics, p)
	t.unwind()
}

// unwind continues the innermost panic: it runs the deferred calls of the
// frames from the panic's cursor down, until a deferred call recovers or no
// frame is left. As in Go, frames are not popped while a panic runs: the
// deferred calls run on top of the stack, so a traceback shows them above
// the frames that panicked. Recovery pops back to the recovering frame.
func (t *Thread) unwind() {
	p := t.panics[len(t.panics)-1]
	for {
		fr := p.cursor
		if fr == nil && p.goexit {
			// Every deferred call ran: the goroutine ends (a panic it
			// was running when it called Goexit is forgotten, as in Go).
			t.panics = t.panics[:0]
			t.goexited = true
			t.finish()
			return
		}
		if fr == nil && t.coro {
			// A panic that leaves an iter.Pull iterator ends it; next
			// (or stop) raises it again in the calling goroutine.
			t.coroPanic = p
			t.panics = t.panics[:0]
			t.finish()
			return
		}
		if fr == nil {
			// Go prints the panic while other goroutines go on running:
			// let the scheduler run one of them first.
			m := t.m
			if len(m.runnable) > 1 && m.runnable[m.chooseThread()] != t {
				t.dying = true
				t.halt()
				return
			}
			t.die()
			return
		}
		if n := len(fr.defers); n > 0 {
			d := fr.defers[n-1]
			fr.defers = fr.defers[:n-1]
			fr.unwinding = true
			if d.fn.native != nil {
				func() {
					defer func() {
						if r := recover(); r != nil {
							t.hostPanic(r)
						}
					}()
					t.callNativeNow(d.fn, d.args)
				}()
				if t.m.exited { // a fatal error in the deferred call
					return
				}
				if len(t.panics) == 0 || t.panics[len(t.panics)-1] != p {
					return
				}
				continue
			}
			nf := t.pushCall(d.fn, d.env, d.args, -1)
			nf.kind = panicDefer
			nf.panic = p
			return
		}
		fr.unwinding = false
		if fr.kind == callbackCall {
			// The panic leaves a callback from library code: unwind the
			// host stack of the native too, and go on below it.
			t.popTo(fr, p)
			t.setTop(fr.caller)
			t.depth--
			p.cursor = fr.caller
			panic(unwindThroughHost{})
		}
		p.cursor = fr.caller
	}
}

// hasPanic reports whether p is one of t's active panics.
func (t *Thread) hasPanic(p *panicking) bool {
	for _, q := range t.panics {
		if q == p {
			return true
		}
	}
	return false
}

// recovered ends panic p, recovered by a deferred call of the frame at its
// cursor: the frames above that frame are abandoned, and it returns
// normally (after its remaining deferred calls) from its Recover block.
func (t *Thread) recovered(p *panicking) {
	fr := p.cursor
	t.popTo(fr, p)
	kept := t.panics[:0]
	for _, q := range t.panics {
		if q != p && !q.aborted {
			kept = append(kept, q)
		}
	}
	t.panics = kept
	fr.unwinding = false
	fr.atReturn = false
	fr.pc = fr.fn.recoverPC
	if fr.pc < 0 {
		fr.pc = len(fr.fn.code) - 1
	}
}

// popTo pops the frames above fr. Panics whose deferred calls are popped
// on the way are aborted, as Go aborts them.
func (t *Thread) popTo(fr *frame, p *panicking) {
	for t.top != nil && t.top != fr {
		top := t.top
		if top.kind == panicDefer && top.panic != p {
			top.panic.aborted = true
		}
		if top.kind == callbackCall {
			// A host frame waits for this one: leave it to the host.
			break
		}
		t.setTop(top.caller)
		t.depth--
		t.release(top)
	}
}

// recover implements the recover builtin called in frame fr.
func (t *Thread) recover(fr *frame) Value {
	p := fr.panic
	if fr.kind != panicDefer || p == nil || p.goexit || p.recovered || len(t.panics) == 0 || t.panics[len(t.panics)-1] != p {
		return Value{}
	}
	p.recovered = true
	return p.val
}

// die prints the goroutine's unrecovered panics and ends the program.
func (t *Thread) die() {
	var b strings.Builder
	if !t.writePanics(&b, false) {
		return // printing a value panicked: Go's fatal error ended the program
	}
	ps := t.panics
	last := ps[len(ps)-1]
	// Go keeps a signal's details on the goroutine until every panic is
	// recovered, so a nil dereference followed by another panic (in a
	// deferred call) still prints its signal line, with the latest address.
	for i := len(ps) - 1; i >= 0; i-- {
		if ps[i].sigsegv {
			fmt.Fprintf(&b, "[signal SIGSEGV: segmentation violation code=0x1 addr=%#x pc=0x0]\n", ps[i].addr)
			break
		}
	}
	b.WriteString("\n")
	b.WriteString(last.stack)
	t.m.writeErr(b.String())
	t.m.exit(2)
}

// panicWhilePrinting ends the program as the runtime does when the Error or
// String method of a panic value it prints panics (p is that panic).
func (t *Thread) panicWhilePrinting(p *panicking) {
	var b strings.Builder
	name := "nil"
	if i := p.val.Iface(); i != nil {
		name = i.T.Name
	}
	b.WriteString("fatal error: panic while printing panic value: type " + name + "\n")
	if p.sigsegv {
		fmt.Fprintf(&b, "[signal SIGSEGV: segmentation violation code=0x1 addr=%#x pc=0x0]\n", p.addr)
	}
	b.WriteString("\n")
	b.WriteString(p.stack)
	t.m.writeErr(b.String())
	t.m.exit(2)
}

// stackOverflow ends the program as Go does when a goroutine's stack
// exceeds its limit.
func (t *Thread) stackOverflow() {
	var b strings.Builder
	b.WriteString("runtime: goroutine stack exceeds 1000000000-byte limit\n")
	b.WriteString("fatal error: stack overflow\n\n")
	t.tracebackLimited(&b, "running", 100)
	t.m.writeErr(b.String())
	t.m.exit(2)
	panic(budgetStop{})
}

// runDefer runs the last deferred call of fr, at a normal return; fr's
// current op (RunDefers or Return) runs again afterwards for the next one.
func (t *Thread) runDefer(fr *frame) {
	n := len(fr.defers)
	d := fr.defers[n-1]
	fr.defers = fr.defers[:n-1]
	fr.pc--
	fr.atReturn = true
	if d.fn.native != nil {
		t.callNativeNow(d.fn, d.args)
		return
	}
	nf := t.pushCall(d.fn, d.env, d.args, -1)
	nf.kind = deferCall
}

// writePanics writes the goroutine's active panics as Go prints them, one
// "panic: value" line each, oldest first. raw prints the values without
// calling their Error or String methods, as Go does for a fatal error. It
// reports false if a value's method panicked: Go's fatal error "panic
// while printing panic value" has then ended the program.
func (t *Thread) writePanics(b *strings.Builder, raw bool) bool {
	ps := t.panics
	// A re-panic of the value just recovered prints once.
	for i := len(ps) - 1; i > 0; i-- {
		if (!ps[i].runtimeErr || ps[i].static && ps[i-1].static) && t.m.identical(ps[i-1].val, ps[i].val) {
			ps[i-1].repanicked = true
		}
	}
	// As the runtime's preprintpanics, every value is printed before
	// anything is written.
	texts := make([]string, len(ps))
	for i, p := range ps {
		if raw {
			texts[i] = rawPanicValue(p.val)
			continue
		}
		s, escaped := t.m.panicValueString(t, p.val)
		if escaped != nil {
			t.panicWhilePrinting(escaped)
			return false
		}
		texts[i] = s
	}
	for i, p := range ps {
		if i > 0 {
			if ps[i-1].repanicked {
				// Go prints a re-panic of the same value once, as the
				// older panic marked [recovered, repanicked].
				continue
			}
			b.WriteString("\t")
		}
		b.WriteString("panic: ")
		b.WriteString(texts[i])
		if p.recovered && p.repanicked {
			b.WriteString(" [recovered, repanicked]")
		} else if p.recovered {
			b.WriteString(" [recovered]")
		}
		b.WriteString("\n")
	}
	return true
}
