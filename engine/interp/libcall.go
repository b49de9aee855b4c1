// libcall.go: what the blocking library natives (sync, time, context) need
// from the core: calls into Go code on the goroutine's own stack,
// goroutines started by the library, and parking inside a library function.

package interp

import (
	"go/token"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// PushCall makes the native being executed by t call fn(args...) as Go code
// would, on t's own stack: the call starts when the native returns, and the
// native's own result is dropped. When the call returns normally, then (if
// not nil) receives its result; if it panics, onPanic (if not nil) runs
// with the panic value as the panic leaves the call. If again is set, the
// native's own call is made again after fn returns (to deliver a result).
// A native fn is called at once.
func (t *Thread) PushCall(fn Value, args []Value, again bool, then func(Value), onPanic func(Value)) {
	c := fn.Closure()
	if c == nil {
		panic(nilDeref())
	}
	if c.Fn.native != nil {
		// Runs now; a panic propagates as a host panic.
		ok := false
		if onPanic != nil {
			defer func() {
				if !ok {
					if r, isP := recover().(*goPanic); isP {
						onPanic(r.val)
						panic(r)
					}
				}
			}()
		}
		r := c.Fn.native(t, args)
		ok = true
		if again {
			t.top.pc--
			t.resumed = true
		}
		if then != nil {
			then(r)
		}
		return
	}
	if again {
		t.top.pc--
	}
	nf := t.pushCall(c.Fn, c.Env, args, -1)
	t.attach(nf, then, onPanic)
}

func (t *Thread) attach(nf *frame, then func(Value), onPanic func(Value)) {
	nf.then = then
	if onPanic != nil {
		nf.defers = append(nf.defers, deferred{fn: &Func{Name: "onPanic", m: t.m, native: func(t *Thread, _ []Value) Value {
			// Deferred calls also run at a normal return (RunDefers):
			// act only while the frame unwinds for a panic.
			if nf.unwinding && len(t.panics) > 0 {
				onPanic(t.panics[len(t.panics)-1].val)
			}
			return Value{}
		}}})
	}
}

// Spawn starts a goroutine running fn(args...). creator is the goroutine
// that starts it (nil for the clock) and createdBy the function Go's
// tracebacks name as its creator ("sync.(*WaitGroup).Go"; "" for the
// creator's current function). then, if not nil, runs when fn returns or
// the goroutine ends by runtime.Goexit; a panic leaving fn then prints as
// re-panicked ("[recovered, repanicked]"), as WaitGroup.Go's deferred
// recover-and-panic makes it, and then does not run.
func (m *Machine) Spawn(creator *Thread, createdBy string, fn Value, args []Value, then func(Value)) *Thread {
	c := fn.Closure()
	if c == nil {
		panic(nilDeref())
	}
	g := m.newThread(creator)
	if createdBy != "" && g.createdBy != nil {
		g.createdBy.fn = createdBy
	}
	if m.rec != nil {
		m.rec.goCreate(creator, g, c.Fn)
	}
	nf := g.start(c.Fn, c.Env, args)
	g.attach(nf, then, nil)
	if then != nil {
		// A goroutine that ends by runtime.Goexit also counts as done
		// (WaitGroup.Go's deferred Done); one that panics does not.
		nf.defers = append(nf.defers, deferred{fn: &Func{Name: "goexit", m: m, native: func(t *Thread, _ []Value) Value {
			if !nf.unwinding || len(t.panics) == 0 {
				return Value{}
			}
			if p := t.panics[len(t.panics)-1]; p.goexit {
				then(Value{})
			} else if !p.recovered {
				// WaitGroup.Go recovers the panic and panics again
				// with it: Go prints it [recovered, repanicked].
				p.recovered, p.repanicked = true, true
			}
			return Value{}
		}}})
	}
	return g
}

// start pushes the first frame of g, a new goroutine running f(args...).
// A library function gets a frame of its own that calls it (nativeBody),
// so the call happens when g is first scheduled, as in Go, and can block,
// be preempted and run again like any call of a native.
func (g *Thread) start(f *Func, env, args []Value) *frame {
	if f.native != nil {
		f = g.m.nativeBody(f, len(args))
	}
	return g.pushCall(f, env, args, -1)
}

// nativeBody returns a function of n parameters whose body calls the
// native f with them and returns its result.
func (m *Machine) nativeBody(f *Func, n int) *Func {
	key := nativeBodyKey{f, n}
	if b := m.nativeBodies[key]; b != nil {
		return b
	}
	res := n // the register holding the result
	b := &Func{Name: f.Name, m: m, compiled: true, nparams: n, template: make([]Value, n+1)}
	b.code = []op{
		func(fr *frame) {
			args := make([]Value, n)
			copy(args, fr.regs[:n])
			r := f.native(fr.t, args)
			if fr.t.top == fr {
				fr.regs[res] = r
			}
		},
		func(fr *frame) { fr.t.popFrame(fr, fr.regs[res]) },
	}
	b.pos = make([]token.Pos, len(b.code))
	b.instrs = make([]ssa.Instruction, len(b.code))
	if m.nativeBodies == nil {
		m.nativeBodies = make(map[nativeBodyKey]*Func)
	}
	m.nativeBodies[key] = b
	return b
}

type nativeBodyKey struct {
	f *Func
	n int
}

// ParkIn parks t like Park, noting the library function it blocks in
// ("sync.(*WaitGroup).Wait") for tracebacks.
func (t *Thread) ParkIn(reason, fn string) {
	t.Park(reason)
	t.blockedIn = fn
}

// Blocked reports whether t is parked.
func (t *Thread) Blocked() bool { return t.status == blocked }

// Drain empties c's buffer: a stopped or reset timer leaves no stale value.
func (c *Chan) Drain() {
	clear(c.buf)
	c.buf = c.buf[:0]
}

// NilDeref raises Go's nil pointer dereference (with its SIGSEGV line), as
// a method called on a nil *sync.Mutex does.
func (t *Thread) NilDeref() { panic(nilDeref()) }

// NilDerefAt raises a nil pointer dereference faulting at address addr (a
// method called on a nil interface faults at its itab slot).
func (t *Thread) NilDerefAt(addr uint64) { panic(nilDerefAt(addr)) }

// pushNative makes the call of the native f(args...) the body of the new
// goroutine g (go mu.Lock(), go fmt.Println(x), time.AfterFunc(d,
// wg.Done)): a frame of its own whose one operation calls f, so that it
// runs when g is first scheduled, like any goroutine, and may block and
// run again. then, if not nil, gets f's result when the call completes.
// The frame has no SSA function: tracebacks leave it out, as the
// normalised Go tracebacks leave out library frames.
func (g *Thread) pushNative(f *Func, args []Value, then func(Value)) {
	body := &Func{Name: f.Name, m: g.m, compiled: true, recoverPC: -1,
		code: []op{
			func(fr *frame) {
				r := f.native(fr.t, args)
				if fr.pc == 1 && then != nil { // not parked to run again
					then(r)
				}
			},
			func(fr *frame) { fr.t.popFrame(fr, Value{}) },
		},
		pos:    make([]token.Pos, 2),
		instrs: make([]ssa.Instruction, 2),
	}
	g.pushCall(body, nil, nil, -1)
}

// callNativeNow calls a native where it cannot be preempted or made to run
// again: as a deferred call (defer mu.Unlock()) or as the whole body of a
// goroutine (go wg.Done()). Its visible operation happens at once.
func (t *Thread) callNativeNow(f *Func, args []Value) Value {
	t.resumed = true
	r := f.native(t, args)
	t.resumed = false
	return r
}

// Watch starts a library goroutine that waits to receive from c, as the
// goroutine context.WithCancel starts to watch a parent context of the
// program's own type: it counts in NumGoroutine and is listed, parked in
// "select", in a deadlock dump, created by createdBy. When c is closed or a
// value is sent on it, fired runs (in the goroutine doing that) and the
// watcher ends; stop ends it without receiving (the child was cancelled
// first). Nothing starts if c is nil.
func (m *Machine) Watch(creator *Thread, createdBy string, c *Chan, fired func()) (stop func()) {
	if c == nil {
		return func() {}
	}
	g := m.newThread(creator)
	if g.createdBy != nil {
		g.createdBy.fn = createdBy
	}
	if m.rec != nil {
		m.rec.goCreate(creator, g, &Func{Name: createdBy + ".func2"})
	}
	g.Park("select")
	sel := &selectWait{}
	c.recvq = append(c.recvq, &waiter{t: g, sel: sel, deliver: func(Value, bool) { fired() }})
	// A frameless goroutine finishes as soon as it runs again.
	return func() {
		if !sel.fired {
			sel.fired = true
			g.Unpark()
		}
	}
}

// Closed reports whether c is closed (a nil channel never is).
func (c *Chan) Closed() bool { return c != nil && c.closed }

// ClockSend sends v on c on behalf of the virtual clock (a timer's tick),
// if that can be done without blocking; the trace shows the runtime
// (goroutine 0) as the sender.
func (m *Machine) ClockSend(c *Chan, v Value) bool {
	return (&Thread{m: m}).TrySendNative(c, v)
}

// Stack returns t's traceback (and every other goroutine's, if all) as
// runtime.Stack writes it.
func (t *Thread) Stack(all bool) string {
	var b strings.Builder
	t.traceback(&b, "running")
	if all {
		for _, g := range t.m.gslots {
			if g == t || g.status == dead {
				continue
			}
			b.WriteString("\n")
			state := g.WaitReason
			if g.status == running {
				state = "runnable"
			}
			g.traceback(&b, state)
		}
	}
	return b.String()
}
