// machine.go: the machine, its goroutines and the loop that runs them.

package interp

import (
	"bytes"
	"fmt"
	"go/token"
	"go/types"
	"io"
	"math/rand/v2"
	"runtime"
	"slices"
	"sort"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// Budgets bound a run. A zero field means no bound.
type Budgets struct {
	Steps      int64 // basic blocks and calls executed
	Heap       int64 // bytes allocated
	Output     int64 // bytes written to stdout and stderr
	Goroutines int   // live goroutines
	Depth      int   // call depth of one goroutine
}

// A Scheduler makes the choices Go leaves open. Choose is asked only when
// there are at least two options; it returns an index in [0, n).
type Scheduler interface {
	Choose(n int) int
}

// A Machine runs one program once.
type Machine struct {
	prog    *ssa.Program
	mainPkg *ssa.Package
	fset    *token.FileSet
	types   typeTable
	funcs   map[*ssa.Function]*Func
	globals map[*ssa.Global]*Value

	sched    Scheduler
	chooser  goroutineChooser // sched, if it is one
	rand     *rand.Rand       // map iteration order and other non-schedule randomness
	budgets  Budgets
	steps    int64
	maxSteps int64 // the step budget or busyAt, whichever comes first
	busyAt   int64 // the step count at which computing lets time pass (passComputeTime)
	runIDs   []int // the ids of runnable, which a goroutineChooser is given
	heap     int64
	Stdout   bytes.Buffer
	Stderr   bytes.Buffer
	Args     []string
	// Stdin is what the program reads from os.Stdin (nil: nothing, as in
	// the playground).
	Stdin    io.Reader
	exitCode int
	exited   bool

	threads  []*Thread // live goroutines, by id
	runnable []*Thread // runnable goroutines, by id
	nextID   int
	cur      *Thread
	next     *Thread // chosen by Preempt to run next
	nchans   int
	errTypes map[string]*Type
	state    map[any]any // per-run state of library packages (State)
	clock    clock
	rec      *recorder // the trace being recorded, nil when not tracing (trace.go)
	hosts    hosts     // host goroutines of goroutines waiting in callbacks (host.go)
	// nativeBodies: the bodies of goroutines started on library functions (libcall.go).
	nativeBodies map[nativeBodyKey]*Func
	// gslots lists goroutines in the order Go's runtime keeps them (allgs),
	// which is the order of a deadlock dump: a goroutine that exits frees
	// its slot, and the next goroutine created takes the slot freed last,
	// as Go reuses exited goroutines' structures (LIFO, GOMAXPROCS=1).
	gslots []*Thread
	gfree  []int // free slots, the last freed last
	// mainGoexited: the main goroutine called runtime.Goexit; the program
	// runs until the other goroutines are done, then fails as Go does.
	mainGoexited bool
}

// New prepares a machine to run the main package pkg.
func New(pkg *ssa.Package, sched Scheduler, seed int64, b Budgets) *Machine {
	m := &Machine{
		prog:    pkg.Prog,
		mainPkg: pkg,
		fset:    pkg.Prog.Fset,
		funcs:   make(map[*ssa.Function]*Func),
		globals: make(map[*ssa.Global]*Value),
		sched:   sched,
		rand:    rand.New(rand.NewPCG(uint64(seed), 0x1e7e)),
		budgets: b,
	}
	m.chooser, _ = sched.(goroutineChooser)
	m.types = typeTable{m: m, sizes: types.SizesFor("gc", "wasm")}
	m.busyAt = computeSteps
	m.setMaxSteps()
	m.clock.now = playgroundEpoch
	return m
}

// Run runs the program to completion and returns its exit code.
func (m *Machine) Run() int {
	main := m.mainPkg.Func("main")
	init := m.mainPkg.Func("init")
	g := m.newThread(nil)
	// The main goroutine runs init, then main.
	g.pushCall(m.funcOf(main), nil, nil, -1)
	g.pushCall(m.funcOf(init), nil, nil, -1)
	if m.rec != nil {
		m.rec.goCreate(nil, g, m.funcOf(main))
	}
	m.runHost(true)
	return m.exitCode
}

// loop runs goroutines until the program exits, or until it chooses a
// goroutine waiting inside a callback on another host goroutine: then it
// passes the loop there and reports true (host.go).
func (m *Machine) loop() (passed bool) {
	idle := 0 // timers fired in a row that woke no goroutine
	for !m.exited {
		t := m.pickRunnable()
		if t == nil {
			if idle++; idle > maxIdleTimers {
				// Only timers fire (a ticker nobody reads): Go would
				// hang here forever.
				m.writeErr("interleave: every goroutine is blocked and only timers are firing: the program would hang forever\n")
				m.exit(2)
				return false
			}
			if m.clock.advance(m) {
				continue
			}
			m.deadlock()
			return false
		}
		idle = 0
		if t.host != nil {
			m.resume(t)
			return true
		}
		m.cur = t
		t.run()
	}
	return false
}

// maxIdleTimers bounds the timers that may fire in a row without waking a
// goroutine.
const maxIdleTimers = 100000

// pickRunnable chooses the next goroutine to run, or nil if none can.
func (m *Machine) pickRunnable() *Thread {
	if g := m.next; g != nil {
		// Preempt chose g already: one choice, not two.
		m.next = nil
		if g.status == running {
			return g
		}
	}
	switch len(m.runnable) {
	case 0:
		return nil
	case 1:
		return m.runnable[0]
	}
	return m.runnable[m.chooseThread()]
}

// Preempt is called by a goroutine about to perform a visible operation. It
// asks the scheduler who runs next; if another goroutine does, the current
// one is rewound to retry the operation later and Preempt reports true: the
// caller must return at once.
func (m *Machine) Preempt(fr *frame) bool {
	t := fr.t
	if t.resumed {
		t.resumed = false
		return false
	}
	if t.starting {
		// Choosing a new goroutine to run was choosing its first
		// visible operation: it happens without asking again.
		t.starting = false
		return false
	}
	if len(m.runnable) < 2 || t.status != running {
		return false
	}
	next := m.runnable[m.chooseThread()]
	if next == t {
		return false
	}
	fr.pc--
	t.resumed = true
	t.halt()
	m.next = next
	return true
}

// exit ends the program with code.
func (m *Machine) exit(code int) {
	if m.rec != nil && !m.exited {
		m.rec.exit(code)
	}
	m.exitCode = code
	m.exited = true
	if m.cur != nil {
		m.cur.halt()
	}
}

// Exit ends the program as os.Exit does.
func (t *Thread) Exit(code int) { t.m.exit(code) }

// status of a goroutine.
type status uint8

const (
	running status = iota // runnable or running
	blocked
	dead
)

// A Thread is a goroutine: a stack of frames and its scheduling state.
type Thread struct {
	m   *Machine
	ID  int
	top *frame
	// active is top while the goroutine may go on running in that frame,
	// nil once it must leave the run loop: the loop tests one field.
	active *frame
	status status
	stop   bool // leave the run loop: blocked, preempted, exited
	// resumed: the goroutine was preempted before its current operation and
	// must now perform it without asking the scheduler again.
	resumed bool
	// starting: a new goroutine that has not yet reached a visible
	// operation (Preempt).
	starting bool
	dying    bool // its panic ran every deferred call: it dies when next run
	// goexited: the goroutine ended by runtime.Goexit (for main, the
	// program does not exit).
	goexited bool
	slot     int  // index in Machine.gslots
	coro     bool // a coroutine of iter.Pull, not a goroutine
	// coroPanic: the panic that ended a coroutine, for its caller.
	coroPanic *panicking
	coroEnd   func() // a coroutine ended: wake its caller
	depth     int
	panics    []*panicking // active panics, innermost last
	// WaitReason says what a blocked goroutine waits for, as Go's
	// tracebacks print it ("chan receive").
	WaitReason string
	// Wake, when set, is called when a parked goroutine is made runnable
	// again: blocking operations finish their work there.
	createdBy *frameLoc
	// scratch for blocking operations (select, sync primitives).
	Scratch   any
	free      []*frame  // frame pool
	waiter    *waiter   // for plain channel operations (plainWaiter)
	cbDepth   int       // nested host callbacks in progress
	host      chan bool // set while it waits inside a callback on a host goroutine of its own (host.go)
	blockedIn string    // the library function a parked goroutine is in
}

type frameLoc struct {
	fn  string
	pos token.Position
	id  int
}

func (m *Machine) newThread(creator *Thread) *Thread {
	m.nextID++
	if m.nextID == 2 {
		// Go's runtime takes ids 2-6 for its own goroutines: the first
		// goroutine a program starts is number 7 (with GOMAXPROCS=1).
		m.nextID = 7
	}
	t := &Thread{m: m, ID: m.nextID, starting: true}
	if creator != nil && creator.top != nil {
		fr := creator.top
		t.createdBy = &frameLoc{fn: fr.fn.Name, pos: fr.position(), id: creator.ID}
	}
	m.threads = append(m.threads, t)
	m.runnable = append(m.runnable, t)
	m.runIDs = append(m.runIDs, t.ID)
	if n := len(m.gfree); n > 0 {
		t.slot = m.gfree[n-1]
		m.gfree = m.gfree[:n-1]
		m.gslots[t.slot] = t
	} else {
		t.slot = len(m.gslots)
		m.gslots = append(m.gslots, t)
	}
	return t
}

// Machine returns the machine running t.
func (t *Thread) Machine() *Machine { return t.m }

// Park blocks the current goroutine; reason is Go's wait reason. The
// operation that parks must be finished by whoever wakes it (Unpark).
func (t *Thread) Park(reason string) {
	t.status = blocked
	t.WaitReason = reason
	t.blockedIn = ""
	t.halt()
	m := t.m
	m.removeRunnable(t)
	if m.rec != nil {
		m.rec.block(t, reason)
	}
}

// Unpark makes a parked goroutine runnable again.
func (t *Thread) Unpark() {
	if t.status != blocked {
		return
	}
	t.status = running
	t.WaitReason = ""
	m := t.m
	i := sort.SearchInts(m.runIDs, t.ID)
	m.runnable = append(m.runnable, nil)
	copy(m.runnable[i+1:], m.runnable[i:])
	m.runnable[i] = t
	m.runIDs = append(m.runIDs, 0)
	copy(m.runIDs[i+1:], m.runIDs[i:])
	m.runIDs[i] = t.ID
	if m.rec != nil {
		m.rec.unblock(t)
	}
}

// removeRunnable removes t, if there, from the runnable goroutines.
func (m *Machine) removeRunnable(t *Thread) {
	i := sort.SearchInts(m.runIDs, t.ID)
	if i == len(m.runIDs) || m.runIDs[i] != t.ID {
		// Not runnable (the lists are kept in id order, so a miss is
		// final; the scan only guards that invariant).
		i = slices.Index(m.runIDs, t.ID)
		if i < 0 {
			return
		}
	}
	n := len(m.runIDs)
	if i < n/2 { // the nearer end, as in removeThread
		copy(m.runnable[1:i+1], m.runnable[:i])
		copy(m.runIDs[1:i+1], m.runIDs[:i])
		m.runnable[0] = nil
		m.runnable, m.runIDs = m.runnable[1:], m.runIDs[1:]
		return
	}
	copy(m.runnable[i:], m.runnable[i+1:])
	copy(m.runIDs[i:], m.runIDs[i+1:])
	m.runnable[n-1] = nil
	m.runnable, m.runIDs = m.runnable[:n-1], m.runIDs[:n-1]
}

// removeThread removes t from the list ts, keeping the order. It moves
// whichever side of t is shorter: goroutines often leave a list in the
// order they joined it, and then the removal is O(1).
func removeThread(ts []*Thread, t *Thread) []*Thread {
	for i, r := range ts {
		if r != t {
			continue
		}
		if i < len(ts)/2 {
			copy(ts[1:i+1], ts[:i])
			ts[0] = nil
			return ts[1:]
		}
		copy(ts[i:], ts[i+1:])
		ts[len(ts)-1] = nil
		return ts[:len(ts)-1]
	}
	return ts
}

// Retry makes the current operation (a call to a native) run again when the
// goroutine next runs, typically after Park.
func (t *Thread) Retry() {
	t.top.pc--
	t.resumed = true
}

// finish ends the goroutine.
func (t *Thread) finish() {
	t.status = dead
	if t.m.rec != nil {
		t.m.rec.goExit(t)
	}
	t.halt()
	m := t.m
	m.removeRunnable(t)
	m.threads = removeThread(m.threads, t)
	m.gfree = append(m.gfree, t.slot)
	if t.coroEnd != nil {
		t.coroEnd()
	}
	if t.ID == 1 && !t.coro {
		if t.goexited {
			m.mainGoexited = true
		} else {
			m.exit(0)
		}
	}
}

// NumGoroutine returns the number of live goroutines.
func (m *Machine) NumGoroutine() int { return len(m.threads) }

// run executes t until it blocks, is preempted, exits or ends the program.
func (t *Thread) run() {
	if t.dying {
		t.die()
		return
	}
	t.stop = false
	for !t.stop && !t.runSafely() {
	}
}

// runSafely runs t's frames, turning a Go runtime error raised by an
// operation into a panic of the goroutine. It reports whether t stopped.
func (t *Thread) runSafely() (stopped bool) {
	defer func() {
		if r := recover(); r != nil {
			t.hostPanic(r)
		}
	}()
	t.exec(nil)
	return true
}

// exec runs t until it stops or until the frame until has returned.
func (t *Thread) exec(until *frame) {
	for !t.stop {
		fr := t.top
		if fr == until {
			if fr == nil {
				t.finish()
			}
			return
		}
		code := fr.fn.code
		t.active = fr
		for t.active == fr {
			op := code[fr.pc]
			fr.pc++
			op(fr)
		}
	}
}

// deadlock reports that every goroutine is asleep, as Go does.
func (m *Machine) deadlock() {
	var b strings.Builder
	if len(m.threads) == 0 && m.mainGoexited {
		m.writeErr("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n")
		m.exit(2)
		return
	}
	b.WriteString("fatal error: all goroutines are asleep - deadlock!\n")
	for _, t := range m.gslots {
		if t.status == dead {
			continue
		}
		b.WriteString("\n")
		t.traceback(&b, t.WaitReason)
	}
	m.writeErr(b.String())
	m.exit(2)
}

func (m *Machine) writeErr(s string) {
	if m.rec != nil {
		m.rec.output(nil, 2, []byte(s))
	}
	m.Stderr.WriteString(s)
}

// Write writes program output to stdout (fd 1) or stderr (fd 2), within the
// output budget.
func (t *Thread) Write(fd int, p []byte) {
	m := t.m
	if b := m.budgets.Output; b > 0 && int64(m.Stdout.Len()+m.Stderr.Len()+len(p)) > b {
		m.budgetExceeded(t, fmt.Sprintf("output budget exceeded (%d bytes)", b))
		return
	}
	if m.rec != nil {
		m.rec.output(t, fd, p)
	}
	if fd == 2 {
		m.Stderr.Write(p)
	} else {
		m.Stdout.Write(p)
	}
}

// Alloc accounts for n bytes allocated by the program.
func (t *Thread) Alloc(n int64) {
	m := t.m
	m.heap += n
	if b := m.budgets.Heap; b > 0 && m.heap > b && (t.depth > deepRecursion || !m.heapFits(b)) {
		if t.depth > deepRecursion {
			// Recursion this deep that allocated the whole budget is
			// almost certainly unbounded: Go would hit its stack
			// limit, in the prologue of the function (its pc 0).
			if t.top != nil {
				t.top.pc = 0
			}
			t.stackOverflow()
		}
		m.budgetExceeded(t, fmt.Sprintf("memory budget exceeded (%d MB allocated)", b>>20))
	}
}

// heapFits is called when the program's allocations since the last check
// pass the memory budget b. They count every allocation in Go's sizes,
// garbage or not (a loop of s += "x" allocates far more than it keeps), so
// it collects the host's garbage and measures the host's live heap, which
// holds the program's live memory in the engine's larger representation
// (hostBytesPerByte times Go's sizes, at most). If that is within the
// budget so scaled, the count restarts from the estimate and heapFits
// reports true.
func (m *Machine) heapFits(b int64) bool {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	live := int64(ms.HeapAlloc) / hostBytesPerByte
	if live > b-b/8 {
		return false
	}
	m.heap = live
	return true
}

// hostBytesPerByte is how much more memory the engine's values take than
// Go's: a Value is 24 bytes where an int is 8 and a bool 1. (It is also
// slack for other runs in the same process, whose memory the host heap
// includes.)
const hostBytesPerByte = 6

// deepRecursion is the call depth beyond which allocating past the memory
// budget is reported as Go's stack overflow: frames with large locals
// exhaust the budget before Budgets.Depth.
const deepRecursion = 10000

// budgetStop is the host panic that stops a run that hit a budget.
type budgetStop struct{}

func (m *Machine) budgetExceeded(t *Thread, msg string) {
	where := ""
	if t != nil && t.top != nil {
		p := t.top.position()
		where = fmt.Sprintf(" at %s:%d", p.Filename, p.Line)
	}
	m.writeErr(fmt.Sprintf("interleave: %s%s\n", msg, where))
	m.exit(2)
	panic(budgetStop{})
}

// Preempt offers the scheduler a switch before a visible operation done by
// a native (a sync call, output). If it reports true the native must return
// at once: its call runs again when the goroutine is next scheduled.
func (t *Thread) Preempt() bool {
	if t.top == nil {
		// The whole body of a goroutine (go fmt.Println(x)): it runs at
		// once, as callNativeNow says.
		return false
	}
	return t.m.Preempt(t.top)
}

// Go starts a goroutine running fn(args...), created by t (which may be the
// goroutine of a timer's callback).
func (t *Thread) Go(fn Value, args ...Value) *Thread {
	c := fn.Closure()
	g := t.m.newThread(t)
	if t.m.rec != nil {
		t.m.rec.goCreate(t, g, c.Fn)
	}
	g.start(c.Fn, c.Env, args)
	return g
}

// Current returns the goroutine that is running.
func (m *Machine) Current() *Thread { return m.cur }

// halt makes the goroutine leave the run loop.
func (t *Thread) halt() {
	t.stop = true
	t.active = nil
}

// setTop makes fr the goroutine's top frame.
func (t *Thread) setTop(fr *frame) {
	t.top = fr
	if !t.stop {
		t.active = fr
	}
}

// goroutineChooser is a Scheduler that wants the ids of the goroutines it
// chooses among (sched.PCT).
type goroutineChooser interface {
	ChooseGoroutine(ids []int) int
}

// chooseThread asks the scheduler which runnable goroutine runs next.
func (m *Machine) chooseThread() int {
	g := m.chooser
	if g == nil {
		return m.sched.Choose(len(m.runnable))
	}
	return g.ChooseGoroutine(m.runIDs)
}

// ReadStdin reads the program's standard input, as a read from os.Stdin
// does: io.EOF once it is exhausted or when there is none.
func (m *Machine) ReadStdin(p []byte) (int, error) {
	if m.Stdin == nil {
		return 0, io.EOF
	}
	return m.Stdin.Read(p)
}
