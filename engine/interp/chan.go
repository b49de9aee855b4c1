// chan.go: channels, select and the virtual clock.

package interp

import (
	"container/heap"
	"time"

	"golang.org/x/tools/go/ssa"

	"interleave/engine/trace"
)

// A Chan is a Go channel.
type Chan struct {
	T      *Type // the channel type
	ID     int
	cap    int
	buf    []Value
	closed bool
	recvq  []*waiter
	sendq  []*waiter
	// timer: the channel of a time.Timer or Ticker. It keeps a one-value
	// buffer internally, but since Go 1.23 len and cap report 0 for it, as
	// for an unbuffered channel.
	timer bool
}

// A waiter is a goroutine parked on a channel operation.
type waiter struct {
	t   *Thread
	val Value // to send
	sel *selectWait
	idx int // the select case
	// deliver completes a receive (or, for select, a send: v unused).
	deliver func(v Value, ok bool)
	// A plain receive (deliver nil) completes into register d of fr, a
	// tuple with ok if commaOk.
	fr      *frame
	d       int
	commaOk bool
}

// complete completes w's operation: v and ok are what a receive got.
func (w *waiter) complete(v Value, ok bool) {
	switch {
	case w.deliver != nil:
		w.deliver(v, ok)
	case w.fr == nil: // a plain send
	case w.commaOk:
		setCommaOk(&w.fr.regs[w.d], v, ok)
	default:
		w.fr.regs[w.d] = v
	}
}

// setCommaOk sets the register r of a receive v, ok := <-c. Only Extracts
// read such a tuple, copying its elements out, so the tuple the register
// holds from a previous receive (a range loop) is reused.
func setCommaOk(r *Value, v Value, ok bool) {
	if tu, _ := r.R.([]Value); len(tu) == 2 {
		tu[0], tu[1] = v, Bool(ok)
		return
	}
	*r = Tuple(v, Bool(ok))
}

// plainWaiter returns t's waiter for a plain send or receive, reset. A
// goroutine waits on at most one such operation, and whoever completes it
// has taken the waiter out of its queue (dequeue) before the goroutine runs
// again, so one waiter per goroutine serves them all.
func (t *Thread) plainWaiter() *waiter {
	w := t.waiter
	if w == nil {
		w = new(waiter)
		t.waiter = w
	}
	*w = waiter{t: t}
	return w
}

type selectWait struct{ fired bool }

func (w *waiter) stale() bool { return w.sel != nil && w.sel.fired }

func (m *Machine) newChan(t *Type, n int) *Chan {
	m.nchans++
	return &Chan{T: t, ID: m.nchans, cap: n}
}

// Len and Cap report the buffer's state.
func (c *Chan) Len() int { return len(c.buf) }
func (c *Chan) Cap() int { return c.cap }

// MarkTimer makes c a timer's channel: the builtins len and cap report 0
// for it (Go 1.23 timer channels look unbuffered).
func (c *Chan) MarkTimer() { c.timer = true }

// visibleLen and visibleCap are what the builtins len and cap return.
func (c *Chan) visibleLen() int {
	if c.timer {
		return 0
	}
	return len(c.buf)
}

func (c *Chan) visibleCap() int {
	if c.timer {
		return 0
	}
	return c.cap
}

func dequeue(q *[]*waiter) *waiter {
	for len(*q) > 0 {
		w := (*q)[0]
		if len(*q) == 1 {
			// Empty the queue in place: the next wait reuses its storage.
			(*q)[0] = nil
			*q = (*q)[:0]
		} else {
			*q = (*q)[1:]
		}
		if !w.stale() {
			if w.sel != nil {
				w.sel.fired = true
			}
			return w
		}
	}
	return nil
}

func (c *Chan) hasReceiver() bool {
	for _, w := range c.recvq {
		if !w.stale() {
			return true
		}
	}
	return false
}

func (c *Chan) hasSender() bool {
	for _, w := range c.sendq {
		if !w.stale() {
			return true
		}
	}
	return false
}

// canSend and canRecv report whether the operation would proceed now
// (a send on a closed channel proceeds: to its panic).
func (c *Chan) canSend() bool { return c.closed || c.hasReceiver() || len(c.buf) < c.cap }
func (c *Chan) canRecv() bool { return c.closed || len(c.buf) > 0 || c.hasSender() }

// trySend performs a send that canSend.
func (t *Thread) trySend(c *Chan, v Value) {
	if c.closed {
		panic(plainError("send on closed channel"))
	}
	if w := dequeue(&c.recvq); w != nil {
		if r := t.m.rec; r != nil {
			r.handoff(t, w, c, v, true)
		}
		w.complete(v, true)
		w.t.Unpark()
		return
	}
	c.buf = append(c.buf, v)
	if r := t.m.rec; r != nil {
		r.chanOp(trace.ChanSend, t, c, v, nil, false)
	}
}

// tryRecv performs a receive that canRecv.
func (t *Thread) tryRecv(c *Chan) (Value, bool) {
	if len(c.buf) > 0 {
		v := c.buf[0]
		c.buf[0] = Value{}
		c.buf = c.buf[1:]
		if r := t.m.rec; r != nil {
			r.chanOp(trace.ChanRecv, t, c, v, nil, false)
		}
		if w := dequeue(&c.sendq); w != nil {
			c.buf = append(c.buf, w.val)
			if r := t.m.rec; r != nil {
				r.parkedSend(w, c)
			}
			w.complete(Value{}, true)
			w.t.Unpark()
		}
		return v, true
	}
	if w := dequeue(&c.sendq); w != nil {
		if r := t.m.rec; r != nil {
			r.handoff(t, w, c, w.val, false)
		}
		w.complete(Value{}, true)
		w.t.Unpark()
		return w.val, true
	}
	if r := t.m.rec; r != nil {
		r.chanOp(trace.ChanRecv, t, c, Zero(c.T.Elem), nil, true)
	}
	return Zero(c.T.Elem), false
}

func (t *Thread) send(c *Chan, v Value) {
	if c == nil {
		t.Park("chan send (nil chan)")
		return
	}
	if c.canSend() {
		t.trySend(c, v)
		return
	}
	w := t.plainWaiter()
	w.val = v
	c.sendq = append(c.sendq, w)
	if r := t.m.rec; r != nil {
		t.WaitOn(r.chanObj(c, ""))
	}
	t.Park("chan send")
}

func (t *Thread) recv(fr *frame, c *Chan, d int, commaOk bool) {
	if c == nil {
		t.Park("chan receive (nil chan)")
		return
	}
	if c.canRecv() {
		v, ok := t.tryRecv(c)
		if commaOk {
			setCommaOk(&fr.regs[d], v, ok)
		} else {
			fr.regs[d] = v
		}
		return
	}
	w := t.plainWaiter()
	w.fr, w.d, w.commaOk = fr, d, commaOk
	c.recvq = append(c.recvq, w)
	if r := t.m.rec; r != nil {
		t.WaitOn(r.chanObj(c, ""))
	}
	t.Park("chan receive")
}

// SendNative and RecvNative let natives (timers, context) use channels
// without blocking: they report whether the operation happened.
func (t *Thread) TrySendNative(c *Chan, v Value) bool {
	if c == nil || c.closed || !c.canSend() {
		return false
	}
	t.trySend(c, v)
	return true
}

func (t *Thread) closeChan(c *Chan) {
	if c == nil {
		panic(plainError("close of nil channel"))
	}
	if c.closed {
		panic(plainError("close of closed channel"))
	}
	c.closed = true
	r := t.m.rec
	if r != nil {
		r.chanOp(trace.ChanClose, t, c, Value{}, nil, false)
	}
	for {
		w := dequeue(&c.recvq)
		if w == nil {
			break
		}
		if r != nil {
			r.closedRecv(w, c)
		}
		w.complete(Zero(c.T.Elem), false)
		w.t.Unpark()
	}
	for {
		w := dequeue(&c.sendq)
		if w == nil {
			break
		}
		// The sender retries and panics.
		w.t.top.pc--
		w.t.resumed = true
		if w.sel != nil {
			w.sel.fired = true
		}
		if r != nil && w.sel != nil {
			r.selected(w.t, w.idx)
		}
		w.t.Unpark()
	}
}

// Close closes c (for natives such as context's Done channel).
func (t *Thread) Close(c *Chan) { t.closeChan(c) }

// NewChan makes a channel of type t with buffer n (for natives).
func (m *Machine) NewChan(t *Type, n int) *Chan { return m.newChan(t, n) }

func (c *compiler) selectOp(in *ssa.Select) op {
	d := c.regs[in]
	type scase struct {
		ch, val int
		send    bool
		recvPos int
		elem    *Type
	}
	cases := make([]scase, len(in.States))
	nrecv := 0
	for i, s := range in.States {
		sc := scase{ch: c.reg(s.Chan), val: -1, send: s.Dir == 1, recvPos: -1}
		sc.elem = c.m.TypeOf(s.Chan.Type()).Elem
		if sc.send {
			sc.val = c.reg(s.Send)
		} else {
			sc.recvPos = 2 + nrecv
			nrecv++
		}
		cases[i] = sc
	}
	blocking := in.Blocking
	descs := selectCaseOps(in)
	result := func(idx int, ok bool, recvPos int, v Value, zeroFill []scase) Value {
		vs := make([]Value, 2+nrecv)
		vs[0] = Int(int64(idx))
		vs[1] = Bool(ok)
		for _, sc := range cases {
			if sc.recvPos >= 0 {
				vs[sc.recvPos] = Zero(sc.elem)
			}
		}
		if recvPos >= 0 {
			vs[recvPos] = v
		}
		return Value{R: vs}
	}
	return func(fr *frame) {
		t := fr.t
		m := t.m
		if m.Preempt(fr) {
			return
		}
		var ready []int
		for i, sc := range cases {
			ch := fr.regs[sc.ch].Chan()
			if ch == nil {
				continue
			}
			if (sc.send && ch.canSend()) || (!sc.send && ch.canRecv()) {
				ready = append(ready, i)
			}
		}
		if len(ready) > 0 {
			i := ready[0]
			if len(ready) > 1 {
				i = ready[m.chooseCase(fr, ready, descs)]
			}
			if m.rec != nil {
				m.rec.selected(t, i)
			}
			sc := cases[i]
			ch := fr.regs[sc.ch].Chan()
			if sc.send {
				t.trySend(ch, fr.regs[sc.val])
				fr.regs[d] = result(i, false, -1, Value{}, nil)
				return
			}
			v, ok := t.tryRecv(ch)
			fr.regs[d] = result(i, ok, sc.recvPos, v, nil)
			return
		}
		if !blocking {
			if m.rec != nil {
				m.rec.selected(t, -1)
			}
			fr.regs[d] = result(-1, false, -1, Value{}, nil)
			return
		}
		sel := &selectWait{}
		any := false
		for i, sc := range cases {
			ch := fr.regs[sc.ch].Chan()
			if ch == nil {
				continue
			}
			any = true
			i, sc := i, sc
			if sc.send {
				ch.sendq = append(ch.sendq, &waiter{t: t, val: fr.regs[sc.val], sel: sel, idx: i, deliver: func(Value, bool) {
					fr.regs[d] = result(i, false, -1, Value{}, nil)
				}})
			} else {
				ch.recvq = append(ch.recvq, &waiter{t: t, sel: sel, idx: i, deliver: func(v Value, ok bool) {
					fr.regs[d] = result(i, ok, sc.recvPos, v, nil)
				}})
			}
		}
		if !any && len(cases) == 0 {
			t.Park("select (no cases)")
			return
		}
		if r := m.rec; r != nil {
			var objs []int
			for _, sc := range cases {
				if ch := fr.regs[sc.ch].Chan(); ch != nil {
					objs = append(objs, r.chanObj(ch, ""))
				}
			}
			t.WaitOn(0, objs...)
		}
		t.Park("select")
	}
}

// playgroundEpoch is where virtual time starts, as on the Go Playground:
// 2009-11-10 23:00:00 UTC.
var playgroundEpoch = time.Date(2009, 11, 10, 23, 0, 0, 0, time.UTC).UnixNano()

// clock is the virtual clock: it jumps to the next timer when no
// goroutine can run.
type clock struct {
	now    int64
	timers timerHeap
	seq    int
}

// A Timer calls F at virtual time When unless stopped.
type Timer struct {
	When int64
	F    func(now int64)
	// Chan, when set, is the channel the timer sends on: like Go's, such
	// a timer keeps the program alive only while a goroutine waits to
	// receive from it (otherwise blocked goroutines are a deadlock).
	Chan    *Chan
	seq     int
	index   int
	stopped bool
}

type timerHeap []*Timer

func (h timerHeap) Len() int { return len(h) }
func (h timerHeap) Less(i, j int) bool {
	if h[i].When != h[j].When {
		return h[i].When < h[j].When
	}
	return h[i].seq < h[j].seq
}
func (h timerHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index, h[j].index = i, j
}
func (h *timerHeap) Push(x any) { t := x.(*Timer); t.index = len(*h); *h = append(*h, t) }
func (h *timerHeap) Pop() any {
	old := *h
	t := old[len(old)-1]
	*h = old[:len(old)-1]
	t.index = -1
	return t
}

// Now returns the virtual time in Unix nanoseconds.
func (m *Machine) Now() int64 { return m.clock.now }

// AddTimer schedules tm.
func (m *Machine) AddTimer(tm *Timer) {
	m.clock.seq++
	tm.seq = m.clock.seq
	tm.stopped = false
	heap.Push(&m.clock.timers, tm)
}

// StopTimer cancels tm and reports whether it was pending.
func (m *Machine) StopTimer(tm *Timer) bool {
	if tm.index < 0 || tm.index >= len(m.clock.timers) || m.clock.timers[tm.index] != tm {
		return false
	}
	heap.Remove(&m.clock.timers, tm.index)
	return true
}

// advance fires the next timer, moving the clock forward; it reports
// whether there was one.
func (c *clock) advance(m *Machine) bool {
	live := false
	for _, tm := range c.timers {
		if tm.Chan == nil || tm.Chan.hasReceiver() {
			live = true
			break
		}
	}
	if !live {
		return false
	}
	tm := heap.Pop(&c.timers).(*Timer)
	if tm.When > c.now {
		c.now = tm.When
		if m.rec != nil {
			m.rec.timeAdvanced()
		}
		m.busyAt = m.steps + computeSteps
		m.setMaxSteps()
	}
	if m.rec != nil {
		m.rec.clock = true
		defer func() { m.rec.clock = false }()
	}
	tm.F(c.now)
	return true
}

// Computing takes time. Virtual time only jumps when every goroutine is
// blocked, so a goroutine that busy-waits (spinning on a flag another sets
// after a Sleep, or until time.Since passes a bound) would wait forever:
// after computeSteps steps without the clock moving, it moves by
// computeTime (about as long as Go takes for that many loop iterations, a
// few times over) and the timers that come due fire.
const (
	computeSteps = 1 << 20
	computeTime  = int64(5 * time.Millisecond)
)

// passComputeTime advances the clock by computeTime while goroutines run,
// firing the timers due by then.
func (m *Machine) passComputeTime() {
	c := &m.clock
	c.now += computeTime
	if m.rec != nil {
		m.rec.timeAdvanced()
	}
	m.busyAt = m.steps + computeSteps
	m.setMaxSteps()
	for len(c.timers) > 0 && c.timers[0].When <= c.now {
		tm := heap.Pop(&c.timers).(*Timer)
		func() {
			if m.rec != nil {
				m.rec.clock = true
				defer func() { m.rec.clock = false }()
			}
			tm.F(c.now)
		}()
	}
}

// setMaxSteps sets the step count at which tick runs: the budget or the
// next busyAt, whichever comes first.
func (m *Machine) setMaxSteps() {
	m.maxSteps = m.busyAt
	if b := m.budgets.Steps; b > 0 && b < m.maxSteps {
		m.maxSteps = b
	}
}

// Sleep parks the goroutine for d nanoseconds of virtual time.
func (t *Thread) Sleep(d int64) {
	if d <= 0 {
		return
	}
	m := t.m
	m.AddTimer(&Timer{When: m.clock.now + d, F: func(int64) { t.Unpark() }})
	t.Park("sleep")
}
