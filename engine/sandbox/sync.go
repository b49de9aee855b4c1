// sync.go: package sync — Mutex, RWMutex, WaitGroup, Once, OnceFunc,
// OnceValue(s), Cond, Map and Pool — on the interpreter's scheduler.
//
// Each primitive's state lives in a side table of the run, keyed by the
// primitive's address (the *interp.Value cell of the struct), so the
// program's struct values stay as the export data lays them out. Every
// operation is a visible one: it starts by offering the scheduler a switch.
// A goroutine that must wait parks with Go's wait reason; whoever releases
// it wakes it, and it runs its operation again (Thread.Retry), which lets
// late arrivals barge in as in Go's normal (non-starving) mode.

package sandbox

import (
	"go/types"
	"strconv"

	"golang.org/x/tools/go/ssa"

	"interleave/engine/interp"
	"interleave/engine/trace"
)

// syncObj returns the trace's id of the primitive at p (0 when not
// tracing), named after the receiver of the call being made.
func syncObj(t *interp.Thread, p *interp.Value, kind trace.ObjKind) int {
	m := t.Machine()
	if !m.Tracing() {
		return 0
	}
	return m.ObjectID(p, kind, t.ArgName(0))
}

// emitLocked records the outcome of a lock operation by t on object id:
// the event if t went on, the object it waits on if it parked.
func emitLocked(t *interp.Thread, id int, e trace.Event) {
	if id == 0 {
		return
	}
	if t.Blocked() {
		t.BlockedOn(id)
		return
	}
	e.Obj = id
	t.Emit(e)
}

// syncState is the run's state of every sync primitive in use.
type syncState struct {
	mutexes   map[*interp.Value]*mutexState
	rwmutexes map[*interp.Value]*rwmutexState
	groups    map[*interp.Value]*waitGroupState
	onces     map[*interp.Value]*onceState
	conds     map[*interp.Value]*condState
	ncond     int // Conds in use, for their checker marks
	maps      map[*interp.Value]*interp.Map
	pools     map[*interp.Value][]interp.Value
}

type syncKey struct{}

// stateOf returns the state of the primitive at address p, made by fresh
// on its first use (the zero value of every sync type is ready to use).
func stateOf[S any](states map[*interp.Value]*S, p *interp.Value, fresh func() *S) *S {
	st := states[p]
	if st == nil {
		st = fresh()
		states[p] = st
	}
	return st
}

func syncOf(t *interp.Thread) *syncState {
	return t.Machine().State(syncKey{}, func() any {
		return &syncState{
			mutexes:   make(map[*interp.Value]*mutexState),
			rwmutexes: make(map[*interp.Value]*rwmutexState),
			groups:    make(map[*interp.Value]*waitGroupState),
			onces:     make(map[*interp.Value]*onceState),
			conds:     make(map[*interp.Value]*condState),
			maps:      make(map[*interp.Value]*interp.Map),
			pools:     make(map[*interp.Value][]interp.Value),
		}
	}).(*syncState)
}

// syncPtr returns the pointer receiver args[0], raising Go's nil
// dereference for a nil one.
func syncPtr(t *interp.Thread, args []interp.Value) *interp.Value {
	p := args[0].Ptr()
	if p == nil {
		t.NilDeref()
	}
	return p
}

// wake unparks every goroutine of ws.
func wakeAll(ws []*interp.Thread) {
	for _, w := range ws {
		w.Unpark()
	}
}

// panicString panics with a string value, as panic("...") in the library.
func libPanic(t *interp.Thread, msg string) {
	t.Panic(interp.MakeIface(t.Machine().TypeOf(types.Typ[types.String]), interp.String(msg)))
}

// Mutex.

type mutexState struct {
	locked  bool
	waiters []*interp.Thread
	// cell is the Mutex's state word (mu.state), where locked is mirrored
	// as Go keeps it: a copy of a locked Mutex (a struct copied by value)
	// is locked too.
	cell *interp.Value
}

func (s *syncState) mutex(t *interp.Thread, p *interp.Value) *mutexState {
	return stateOf(s.mutexes, p, func() *mutexState {
		st := &mutexState{cell: innerCell(t, p, "Mutex", "mu", "state")}
		st.locked = st.cell != nil && st.cell.N&1 != 0
		return st
	})
}

// innerCell returns the cell of the field inner of the field outer of *p,
// a sync.typ (Mutex.mu.state, WaitGroup.state.v), or nil if the struct is
// not laid out as Go 1.26's.
func innerCell(t *interp.Thread, p *interp.Value, typ, outer, inner string) (cell *interp.Value) {
	defer func() {
		if recover() != nil {
			cell = nil
		}
	}()
	st := t.Machine().LookupType("sync", typ)
	oi := fieldNamed(st, outer)
	o := &p.Elems()[oi]
	return &o.Elems()[fieldNamed(st.Fields[oi].Type, inner)]
}

func (st *mutexState) setLocked(locked bool) {
	st.locked = locked
	if st.cell != nil {
		st.cell.N = 0
		if locked {
			st.cell.N = 1
		}
	}
}

// lock takes the mutex or queues t and parks it to try again.
func (st *mutexState) lock(t *interp.Thread) bool {
	if !st.locked {
		st.setLocked(true)
		return true
	}
	st.waiters = append(st.waiters, t)
	t.Retry()
	t.ParkIn("sync.Mutex.Lock", "sync.(*Mutex).Lock")
	return false
}

func (st *mutexState) unlock(t *interp.Thread) {
	if !st.locked {
		t.Fatal("sync: unlock of unlocked mutex")
	}
	st.setLocked(false)
	if len(st.waiters) > 0 {
		w := st.waiters[0]
		st.waiters = st.waiters[1:]
		w.Unpark()
	}
}

func mutexLock(t *interp.Thread, args []interp.Value) interp.Value {
	p := syncPtr(t, args)
	if t.Preempt() {
		return interp.Value{}
	}
	syncOf(t).mutex(t, p).lock(t)
	emitLocked(t, syncObj(t, p, trace.ObjMutex), trace.Event{Kind: trace.Lock})
	return interp.Value{}
}

func mutexUnlock(t *interp.Thread, args []interp.Value) interp.Value {
	p := syncPtr(t, args)
	if t.Preempt() {
		return interp.Value{}
	}
	st := syncOf(t).mutex(t, p)
	if id := syncObj(t, p, trace.ObjMutex); id != 0 && st.locked {
		t.Emit(trace.Event{Kind: trace.Unlock, Obj: id})
	}
	st.unlock(t)
	return interp.Value{}
}

func mutexTryLock(t *interp.Thread, args []interp.Value) interp.Value {
	p := syncPtr(t, args)
	if t.Preempt() {
		return interp.Value{}
	}
	st := syncOf(t).mutex(t, p)
	if st.locked {
		return interp.Bool(false)
	}
	st.setLocked(true)
	emitLocked(t, syncObj(t, p, trace.ObjMutex), trace.Event{Kind: trace.Lock})
	return interp.Bool(true)
}

// RWMutex, with Go's writer preference: a writer that holds w (the writers'
// mutex) blocks new readers and waits for the active ones to leave. A
// goroutine that must wait parks and runs its call again when woken; the
// unlocker that wakes it has already made it an owner (granted), so the
// woken call returns at once and records its own lock or rlock event.

type rwmutexState struct {
	w        bool // a writer holds or waits for the lock
	wActive  bool // the writer holds the lock
	readers  int  // active readers
	pending  *interp.Thread
	wWaiters []*interp.Thread // writers waiting for w
	rWaiters []*interp.Thread // readers waiting for the writer
	granted  map[*interp.Thread]bool
}

func (s *syncState) rwmutex(p *interp.Value) *rwmutexState {
	return stateOf(s.rwmutexes, p, func() *rwmutexState {
		return &rwmutexState{granted: make(map[*interp.Thread]bool)}
	})
}

// wake makes t, parked in Lock or RLock, an owner and runnable.
func (st *rwmutexState) wake(t *interp.Thread) {
	st.granted[t] = true
	t.Unpark()
}

// lock takes the write lock (reporting true) or parks t to run its call
// again once an unlocker has handed it the lock.
func (st *rwmutexState) lock(t *interp.Thread) bool {
	if st.granted[t] {
		delete(st.granted, t)
		return true
	}
	if st.w {
		st.wWaiters = append(st.wWaiters, t)
		t.Retry()
		t.ParkIn("sync.Mutex.Lock", "sync.(*RWMutex).Lock")
		return false
	}
	st.w = true
	if st.readers > 0 {
		st.pending = t
		t.Retry()
		t.ParkIn("sync.RWMutex.Lock", "sync.(*RWMutex).Lock")
		return false
	}
	st.wActive = true
	return true
}

func (st *rwmutexState) unlock(t *interp.Thread) {
	if !st.wActive {
		t.Fatal("sync: Unlock of unlocked RWMutex")
	}
	st.wActive = false
	// Readers that arrived during the write get the lock first.
	st.readers += len(st.rWaiters)
	for _, r := range st.rWaiters {
		st.wake(r)
	}
	st.rWaiters = nil
	if len(st.wWaiters) == 0 {
		st.w = false
		return
	}
	next := st.wWaiters[0]
	st.wWaiters = st.wWaiters[1:]
	if st.readers > 0 {
		st.pending = next
		next.WaitReason = "sync.RWMutex.Lock"
		return
	}
	st.wActive = true
	st.wake(next)
}

// rlock takes a read lock (reporting true) or parks t as lock does.
func (st *rwmutexState) rlock(t *interp.Thread) bool {
	if st.granted[t] {
		delete(st.granted, t)
		return true
	}
	if st.w {
		st.rWaiters = append(st.rWaiters, t)
		t.Retry()
		t.ParkIn("sync.RWMutex.RLock", "sync.(*RWMutex).RLock")
		return false
	}
	st.readers++
	return true
}

func (st *rwmutexState) runlock(t *interp.Thread) {
	if st.readers == 0 {
		t.Fatal("sync: RUnlock of unlocked RWMutex")
	}
	st.readers--
	if st.readers == 0 && st.pending != nil {
		// The last reader hands the lock to the waiting writer.
		w := st.pending
		st.pending = nil
		st.wActive = true
		st.wake(w)
	}
}

// rwLock and rwUnlock make the natives of RWMutex's methods (and of its
// RLocker's). A lock records its event when it is taken, by its new owner;
// an unlock records its event before it wakes anyone.
func rwLock(kind trace.Kind, op func(st *rwmutexState, t *interp.Thread) bool) interp.Native {
	return func(t *interp.Thread, args []interp.Value) interp.Value {
		p := syncPtr(t, args)
		if t.Preempt() {
			return interp.Value{}
		}
		st := syncOf(t).rwmutex(p)
		op(st, t)
		emitLocked(t, syncObj(t, p, trace.ObjRWMutex), trace.Event{Kind: kind, N: int64(st.readers)})
		return interp.Value{}
	}
}

func rwUnlock(kind trace.Kind, op func(st *rwmutexState, t *interp.Thread)) interp.Native {
	return func(t *interp.Thread, args []interp.Value) interp.Value {
		p := syncPtr(t, args)
		if t.Preempt() {
			return interp.Value{}
		}
		st := syncOf(t).rwmutex(p)
		if id := syncObj(t, p, trace.ObjRWMutex); id != 0 {
			if kind == trace.Unlock && st.wActive {
				t.Emit(trace.Event{Kind: kind, Obj: id, N: int64(st.readers)})
			} else if kind == trace.RUnlock && st.readers > 0 {
				t.Emit(trace.Event{Kind: kind, Obj: id, N: int64(st.readers - 1)})
			}
		}
		op(st, t)
		return interp.Value{}
	}
}

func rwTryLock(t *interp.Thread, args []interp.Value) interp.Value {
	p := syncPtr(t, args)
	if t.Preempt() {
		return interp.Value{}
	}
	st := syncOf(t).rwmutex(p)
	if st.w || st.readers > 0 {
		return interp.Bool(false)
	}
	st.w, st.wActive = true, true
	return interp.Bool(true)
}

func rwTryRLock(t *interp.Thread, args []interp.Value) interp.Value {
	p := syncPtr(t, args)
	if t.Preempt() {
		return interp.Value{}
	}
	st := syncOf(t).rwmutex(p)
	if st.w {
		return interp.Bool(false)
	}
	st.readers++
	return interp.Bool(true)
}

// rlockerType is *sync.rlocker, the Locker RWMutex.RLocker returns: its
// value is the RWMutex's address.
func rlockerType(m *interp.Machine) *interp.Type {
	return m.NativeType("sync", "rlocker", types.Typ[types.Uintptr], true, []interp.Method{
		{Name: "Lock", Fn: rwLock(trace.RLock, (*rwmutexState).rlock)},
		{Name: "Unlock", Fn: rwUnlock(trace.RUnlock, (*rwmutexState).runlock)},
	})
}

// WaitGroup.

type waitGroupState struct {
	id      int // in the trace
	n       int64
	counter *interp.Value // WaitGroup.state.v, which copies carry
	waiters []*interp.Thread
}

// group returns the state of the WaitGroup at p. The counter is also kept
// in the struct's state field, as Go keeps it there, so a copy of the
// WaitGroup (passed by value, a bug) starts with the count it had.
func (s *syncState) group(t *interp.Thread, p *interp.Value) *waitGroupState {
	return stateOf(s.groups, p, func() *waitGroupState {
		// WaitGroup.state.v holds counter<<32 | waiters.
		st := &waitGroupState{counter: innerCell(t, p, "WaitGroup", "state", "v")}
		if st.counter != nil {
			st.n = int64(st.counter.N >> 32)
		}
		return st
	})
}

func (st *waitGroupState) add(t *interp.Thread, delta int64) {
	st.n += delta
	if st.counter != nil {
		st.counter.N = uint64(st.n) << 32
	}
	if st.id != 0 {
		t.Emit(trace.Event{Kind: trace.WaitGroupAdd, Obj: st.id, N: st.n, Value: strconv.FormatInt(delta, 10)})
	}
	if st.n < 0 {
		libPanic(t, "sync: negative WaitGroup counter")
	}
	if st.n == 0 {
		wakeAll(st.waiters)
		st.waiters = nil
	}
}

func wgAdd(t *interp.Thread, args []interp.Value) interp.Value {
	p := syncPtr(t, args)
	if t.Preempt() {
		return interp.Value{}
	}
	st := syncOf(t).group(t, p)
	st.id = syncObj(t, p, trace.ObjWaitGroup)
	st.add(t, args[1].Int())
	return interp.Value{}
}

func wgDone(t *interp.Thread, args []interp.Value) interp.Value {
	p := syncPtr(t, args)
	if t.Preempt() {
		return interp.Value{}
	}
	st := syncOf(t).group(t, p)
	st.id = syncObj(t, p, trace.ObjWaitGroup)
	st.add(t, -1)
	return interp.Value{}
}

func wgWait(t *interp.Thread, args []interp.Value) interp.Value {
	p := syncPtr(t, args)
	if t.Preempt() {
		return interp.Value{}
	}
	st := syncOf(t).group(t, p)
	st.id = syncObj(t, p, trace.ObjWaitGroup)
	if st.n == 0 {
		if st.id != 0 {
			t.Emit(trace.Event{Kind: trace.WaitGroupWait, Obj: st.id})
		}
		return interp.Value{}
	}
	st.waiters = append(st.waiters, t)
	t.ParkIn("sync.WaitGroup.Wait", "sync.(*WaitGroup).Wait")
	t.BlockedOn(st.id)
	return interp.Value{}
}

// wgGo is WaitGroup.Go (Go 1.25): Add(1), then f in a new goroutine that
// calls Done when f returns.
func wgGo(t *interp.Thread, args []interp.Value) interp.Value {
	p := syncPtr(t, args)
	if t.Preempt() {
		return interp.Value{}
	}
	st := syncOf(t).group(t, p)
	st.id = syncObj(t, p, trace.ObjWaitGroup)
	st.add(t, 1)
	t.Machine().Spawn(t, "sync.(*WaitGroup).Go", args[1], nil, func(interp.Value) { st.add(t, -1) })
	return interp.Value{}
}

// Once and the OnceFunc family. The function runs on the caller's own
// stack; callers that arrive meanwhile wait (as on Once's mutex) and run
// their call again when it is over.

type onceState struct {
	done     bool
	running  bool
	panicked bool
	pval     interp.Value
	result   interp.Value
	waiters  []*interp.Thread
}

func (st *onceState) finish(t *interp.Thread, id int, r interp.Value) {
	st.done, st.running, st.result = true, false, r
	if id != 0 {
		t.Emit(trace.Event{Kind: trace.OnceDone, Obj: id})
	}
	wakeAll(st.waiters)
	st.waiters = nil
}

// call runs the once's function f for t, or waits for it; if again, the
// native is called again when f returns (to deliver f's result). id is the
// Once in the trace (0: not tracing). It reports whether f has already
// completed.
func (st *onceState) call(t *interp.Thread, id int, f interp.Value, again, repanic bool) bool {
	if st.done {
		if id != 0 {
			t.Emit(trace.Event{Kind: trace.OnceDo, Obj: id})
		}
		if st.panicked && repanic {
			t.Panic(st.pval)
		}
		return true
	}
	if st.running {
		st.waiters = append(st.waiters, t)
		t.Retry()
		t.ParkIn("sync.Mutex.Lock", "sync.(*Once).doSlow")
		t.BlockedOn(id)
		return false
	}
	st.running = true
	if id != 0 {
		t.Emit(trace.Event{Kind: trace.OnceDo, Obj: id, N: 1})
	}
	t.PushCall(f, nil, again, func(r interp.Value) { st.finish(t, id, r) }, func(p interp.Value) {
		st.panicked, st.pval = true, p
		st.finish(t, id, interp.Value{})
	})
	return false
}

func onceDo(t *interp.Thread, args []interp.Value) interp.Value {
	p := syncPtr(t, args)
	if t.Preempt() {
		return interp.Value{}
	}
	st := stateOf(syncOf(t).onces, p, func() *onceState { return &onceState{} })
	st.call(t, syncObj(t, p, trace.ObjOnce), args[1], false, false)
	return interp.Value{}
}

func onceFunc(name string, again bool) interp.Native {
	return func(t *interp.Thread, args []interp.Value) interp.Value {
		f := args[0]
		st := &onceState{}
		id := 0
		if m := t.Machine(); m.Tracing() {
			id = m.ObjectID(st, trace.ObjOnce, t.ResultName())
		}
		return interp.NativeClosure(name, func(t *interp.Thread, _ []interp.Value) interp.Value {
			if t.Preempt() {
				return interp.Value{}
			}
			if st.call(t, id, f, again, true) {
				return st.result
			}
			return interp.Value{}
		})
	}
}

// Cond. Wait adds the goroutine to the wait list, unlocks L and parks; once
// signalled it runs again to relock L.

type condState struct {
	waiters  []*interp.Thread
	signaled map[*interp.Thread]bool // woken, must relock L
	mark     uint64                  // this Cond's mark in its checker field
}

func (s *syncState) cond(p *interp.Value) *condState {
	return stateOf(s.conds, p, func() *condState {
		s.ncond++
		return &condState{signaled: make(map[*interp.Thread]bool), mark: uint64(s.ncond)}
	})
}

// checkCondCopy panics as Go's copyChecker does when the Cond at p is a
// copy of a Cond already in use: the first use marks the Cond's checker
// field with the Cond's own identity (Go stores its address), and a copy
// made afterwards carries a mark that is not its own.
func checkCondCopy(t *interp.Thread, p *interp.Value, st *condState, ptrT *interp.Type) {
	f := &p.Elems()[fieldNamed(ptrT.Elem, "checker")]
	switch f.N {
	case 0:
		*f = interp.Uint(st.mark)
	case st.mark:
	default:
		libPanic(t, "sync.Cond is copied")
	}
}

func condField(t *interp.Thread, c *interp.Value, ptrT *interp.Type) interp.Value {
	return c.Elems()[fieldNamed(ptrT.Elem, "L")]
}

func fieldNamed(t *interp.Type, name string) int {
	for i, f := range t.Fields {
		if f.Name == name {
			return i
		}
	}
	panic("sandbox: no field " + name + " in " + t.Name)
}

// lockerUnlock calls L.Unlock: the sync types' methods are done here
// directly; a program's own Locker is called as Go code.
func lockerUnlock(t *interp.Thread, l interp.Value) {
	i := l.Iface()
	if i == nil {
		t.NilDeref()
	}
	s := syncOf(t)
	switch i.T.Name {
	case "*sync.Mutex":
		st := s.mutex(t, i.V.Ptr())
		if st.locked {
			lockerEvent(t, i.V.Ptr(), trace.ObjMutex, trace.Unlock, 0)
		}
		st.unlock(t)
	case "*sync.RWMutex":
		st := s.rwmutex(i.V.Ptr())
		if st.wActive {
			lockerEvent(t, i.V.Ptr(), trace.ObjRWMutex, trace.Unlock, st.readers)
		}
		st.unlock(t)
	case "*sync.rlocker":
		st := s.rwmutex(i.V.Ptr())
		if st.readers > 0 {
			lockerEvent(t, i.V.Ptr(), trace.ObjRWMutex, trace.RUnlock, st.readers-1)
		}
		st.runlock(t)
	default:
		t.CallFunc(i.T.Method("Unlock"), nil, i.V)
	}
}

// lockerEvent records t's lock operation on a Cond's L (a sync type, at
// p), or what t waits on if the lock parked it.
func lockerEvent(t *interp.Thread, p *interp.Value, ok trace.ObjKind, kind trace.Kind, readers int) {
	if m := t.Machine(); m.Tracing() {
		emitLocked(t, m.ObjectID(p, ok, ""), trace.Event{Kind: kind, N: int64(readers)})
	}
}

// lockerLock calls L.Lock for a goroutine woken from Cond.Wait; acquired
// runs once the lock is t's (a waiter for a Mutex or RWMutex runs Wait
// again when woken).
func lockerLock(t *interp.Thread, l interp.Value, acquired func()) {
	i := l.Iface()
	if i == nil {
		t.NilDeref()
	}
	s := syncOf(t)
	switch i.T.Name {
	case "*sync.Mutex":
		if s.mutex(t, i.V.Ptr()).lock(t) {
			acquired()
		}
		lockerEvent(t, i.V.Ptr(), trace.ObjMutex, trace.Lock, 0)
	case "*sync.RWMutex":
		st := s.rwmutex(i.V.Ptr())
		if st.lock(t) {
			acquired()
		}
		lockerEvent(t, i.V.Ptr(), trace.ObjRWMutex, trace.Lock, st.readers)
	case "*sync.rlocker":
		st := s.rwmutex(i.V.Ptr())
		if st.rlock(t) {
			acquired()
		}
		lockerEvent(t, i.V.Ptr(), trace.ObjRWMutex, trace.RLock, st.readers)
	default:
		acquired()
		t.CallFunc(i.T.Method("Lock"), nil, i.V)
	}
}

func condWait(t *interp.Thread, args []interp.Value, ptrT *interp.Type) interp.Value {
	p := syncPtr(t, args)
	if t.Preempt() {
		return interp.Value{}
	}
	st := syncOf(t).cond(p)
	l := condField(t, p, ptrT)
	if st.signaled[t] {
		lockerLock(t, l, func() { delete(st.signaled, t) })
		return interp.Value{}
	}
	checkCondCopy(t, p, st, ptrT)
	id := syncObj(t, p, trace.ObjCond)
	if id != 0 {
		t.Emit(trace.Event{Kind: trace.CondWait, Obj: id})
	}
	st.waiters = append(st.waiters, t)
	lockerUnlock(t, l)
	t.Retry()
	t.ParkIn("sync.Cond.Wait", "sync.(*Cond).Wait")
	t.BlockedOn(id)
	return interp.Value{}
}

// signal wakes up to n waiters (n < 0: all), oldest first, recording
// cond.signal (broadcast: cond.broadcast) by t first.
func (st *condState) signal(t *interp.Thread, id int, n int) {
	woken := st.waiters
	if n >= 0 && len(woken) > n {
		woken = woken[:n]
	}
	if id != 0 {
		e := trace.Event{Kind: trace.CondBroadcast, Obj: id, N: int64(len(woken))}
		if n == 1 {
			e = trace.Event{Kind: trace.CondSignal, Obj: id}
			if len(woken) == 1 {
				e.Other = woken[0].ID
			}
		}
		t.Emit(e)
	}
	st.waiters = st.waiters[len(woken):]
	for _, w := range woken {
		st.signaled[w] = true
		w.Unpark()
	}
}

// Map: one interpreter map[any]any per sync.Map.

func (s *syncState) syncMap(t *interp.Thread, p *interp.Value) (*interp.Map, *interp.Type) {
	mt := t.Machine().TypeOf(types.NewMap(types.Universe.Lookup("any").Type(), types.Universe.Lookup("any").Type()))
	return stateOf(s.maps, p, interp.NewMap), mt
}

func mapOp(f func(t *interp.Thread, mp *interp.Map, mt *interp.Type, args []interp.Value) interp.Value) interp.Native {
	return func(t *interp.Thread, args []interp.Value) interp.Value {
		p := syncPtr(t, args)
		if t.Preempt() {
			return interp.Value{}
		}
		mp, mt := syncOf(t).syncMap(t, p)
		return f(t, mp, mt, args)
	}
}

// checkKey panics as Go does for a key that is not comparable.
func syncMapKey(t *interp.Thread, k interp.Value) {
	if i := k.Iface(); i != nil && !i.T.Comparable() {
		t.RuntimeError("hash of unhashable type " + i.T.Name)
	}
}

func init() {
	interp.Register("(*sync.Mutex).Lock", mutexLock)
	interp.Register("(*sync.Mutex).Unlock", mutexUnlock)
	interp.Register("(*sync.Mutex).TryLock", mutexTryLock)

	interp.Register("(*sync.RWMutex).Lock", rwLock(trace.Lock, (*rwmutexState).lock))
	interp.Register("(*sync.RWMutex).Unlock", rwUnlock(trace.Unlock, (*rwmutexState).unlock))
	interp.Register("(*sync.RWMutex).RLock", rwLock(trace.RLock, (*rwmutexState).rlock))
	interp.Register("(*sync.RWMutex).RUnlock", rwUnlock(trace.RUnlock, (*rwmutexState).runlock))
	interp.Register("(*sync.RWMutex).TryLock", rwTryLock)
	interp.Register("(*sync.RWMutex).TryRLock", rwTryRLock)
	interp.Register("(*sync.RWMutex).RLocker", func(t *interp.Thread, args []interp.Value) interp.Value {
		return interp.MakeIface(rlockerType(t.Machine()), args[0])
	})

	interp.Register("(*sync.WaitGroup).Add", wgAdd)
	interp.Register("(*sync.WaitGroup).Done", wgDone)
	interp.Register("(*sync.WaitGroup).Wait", wgWait)
	interp.Register("(*sync.WaitGroup).Go", wgGo)

	interp.Register("(*sync.Once).Do", onceDo)
	interp.Register("sync.OnceFunc", onceFunc("sync.OnceFunc.func1", false))
	interp.Register("sync.OnceValue", onceFunc("sync.OnceValue[...].func1", true))
	interp.Register("sync.OnceValues", onceFunc("sync.OnceValues[...].func1", true))

	interp.RegisterBinder("sync.NewCond", func(fn *ssa.Function, m *interp.Machine) interp.Native {
		ptrT := m.TypeOf(fn.Signature.Results().At(0).Type())
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			c := &interp.Value{}
			*c = interp.Zero(ptrT.Elem)
			c.Elems()[fieldNamed(ptrT.Elem, "L")] = args[0]
			return interp.Value{R: c}
		}
	})
	interp.RegisterBinder("(*sync.Cond).Wait", func(fn *ssa.Function, m *interp.Machine) interp.Native {
		ptrT := m.TypeOf(fn.Signature.Recv().Type())
		return func(t *interp.Thread, args []interp.Value) interp.Value { return condWait(t, args, ptrT) }
	})
	condSignal := func(n int) interp.Binder {
		return func(fn *ssa.Function, m *interp.Machine) interp.Native {
			ptrT := m.TypeOf(fn.Signature.Recv().Type())
			return func(t *interp.Thread, args []interp.Value) interp.Value {
				p := syncPtr(t, args)
				if t.Preempt() {
					return interp.Value{}
				}
				st := syncOf(t).cond(p)
				checkCondCopy(t, p, st, ptrT)
				st.signal(t, syncObj(t, p, trace.ObjCond), n)
				return interp.Value{}
			}
		}
	}
	interp.RegisterBinder("(*sync.Cond).Signal", condSignal(1))
	interp.RegisterBinder("(*sync.Cond).Broadcast", condSignal(-1))

	interp.Register("(*sync.Map).Load", mapOp(func(t *interp.Thread, mp *interp.Map, mt *interp.Type, args []interp.Value) interp.Value {
		v, ok := mp.Get(mt, args[1])
		return interp.Tuple(v, interp.Bool(ok))
	}))
	interp.Register("(*sync.Map).Store", mapOp(func(t *interp.Thread, mp *interp.Map, mt *interp.Type, args []interp.Value) interp.Value {
		syncMapKey(t, args[1])
		mp.Set(mt, args[1], args[2])
		return interp.Value{}
	}))
	interp.Register("(*sync.Map).LoadOrStore", mapOp(func(t *interp.Thread, mp *interp.Map, mt *interp.Type, args []interp.Value) interp.Value {
		syncMapKey(t, args[1])
		if v, ok := mp.Get(mt, args[1]); ok {
			return interp.Tuple(v, interp.Bool(true))
		}
		mp.Set(mt, args[1], args[2])
		return interp.Tuple(args[2], interp.Bool(false))
	}))
	interp.Register("(*sync.Map).LoadAndDelete", mapOp(func(t *interp.Thread, mp *interp.Map, mt *interp.Type, args []interp.Value) interp.Value {
		v, ok := mp.Get(mt, args[1])
		if ok {
			mp.Delete(mt, args[1])
		}
		return interp.Tuple(v, interp.Bool(ok))
	}))
	interp.Register("(*sync.Map).Delete", mapOp(func(t *interp.Thread, mp *interp.Map, mt *interp.Type, args []interp.Value) interp.Value {
		mp.Delete(mt, args[1])
		return interp.Value{}
	}))
	interp.Register("(*sync.Map).Swap", mapOp(func(t *interp.Thread, mp *interp.Map, mt *interp.Type, args []interp.Value) interp.Value {
		syncMapKey(t, args[1])
		v, ok := mp.Get(mt, args[1])
		mp.Set(mt, args[1], args[2])
		return interp.Tuple(v, interp.Bool(ok))
	}))
	interp.Register("(*sync.Map).CompareAndSwap", mapOp(func(t *interp.Thread, mp *interp.Map, mt *interp.Type, args []interp.Value) interp.Value {
		v, ok := mp.Get(mt, args[1])
		if !ok || !anyEqual(t, v, args[2]) {
			return interp.Bool(false)
		}
		mp.Set(mt, args[1], args[3])
		return interp.Bool(true)
	}))
	interp.Register("(*sync.Map).CompareAndDelete", mapOp(func(t *interp.Thread, mp *interp.Map, mt *interp.Type, args []interp.Value) interp.Value {
		v, ok := mp.Get(mt, args[1])
		if !ok || !anyEqual(t, v, args[2]) {
			return interp.Bool(false)
		}
		mp.Delete(mt, args[1])
		return interp.Bool(true)
	}))
	interp.Register("(*sync.Map).Clear", mapOp(func(t *interp.Thread, mp *interp.Map, mt *interp.Type, args []interp.Value) interp.Value {
		mp.Clear()
		return interp.Value{}
	}))
	interp.Register("(*sync.Map).Range", mapOp(func(t *interp.Thread, mp *interp.Map, mt *interp.Type, args []interp.Value) interp.Value {
		keys, vals := mp.Entries()
		for i := range keys {
			if !t.Call(args[1], keys[i], vals[i]).Bool() {
				break
			}
		}
		return interp.Value{}
	}))

	interp.Register("(*sync.Pool).Get", func(t *interp.Thread, args []interp.Value) interp.Value {
		p := syncPtr(t, args)
		if t.Preempt() {
			return interp.Value{}
		}
		s := syncOf(t)
		if items := s.pools[p]; len(items) > 0 {
			v := items[len(items)-1]
			s.pools[p] = items[:len(items)-1]
			return v
		}
		// New is the last field of Pool.
		es := p.Elems()
		if newFn := es[len(es)-1]; newFn.Closure() != nil {
			return t.Call(newFn)
		}
		return interp.Value{}
	})
	interp.Register("(*sync.Pool).Put", func(t *interp.Thread, args []interp.Value) interp.Value {
		p := syncPtr(t, args)
		if t.Preempt() {
			return interp.Value{}
		}
		if args[1].Iface() == nil {
			return interp.Value{}
		}
		s := syncOf(t)
		s.pools[p] = append(s.pools[p], args[1])
		return interp.Value{}
	})
}

// ifaceEqual compares two interface values as == does (panicking on
// uncomparable dynamic types).
func anyEqual(t *interp.Thread, a, b interp.Value) bool {
	return interp.Equal(t.Machine().TypeOf(types.Universe.Lookup("any").Type()), a, b)
}
