// host.go: host goroutines for goroutines that wait inside callbacks.

package interp

// A native that calls back into the program (sort.Slice calling less, fmt
// calling a String method, bufio reading from the program's Reader) runs
// the callback on the host stack, where the native's own state lives. When
// the callback blocks or is preempted, that host stack has to wait while
// other goroutines run, and any number of goroutines may be waiting like
// this at once, to be resumed in any order. So each waits on a host
// goroutine of its own: the scheduler's loop moves to a new host goroutine
// (suspend), and moves back when it picks the waiting goroutine (resume).
//
// Exactly one host goroutine runs at a time: the baton passes over
// unbuffered channels, which also order every access to the machine, so
// the machine needs no locks and a run stays as deterministic as before.
type hosts struct {
	waiting  []*Thread     // goroutines waiting on host goroutines of their own
	done     chan struct{} // closed when the run is over and every host goroutine has left
	ack      chan struct{} // a released host goroutine has unwound
	ending   bool          // the run is over: waiting host goroutines are being released
	failure  any           // a host panic on a spawned host goroutine, raised again by Run
	detached bool          // the main host goroutine passed the loop to another
}

// runHost runs the scheduler's loop on the current host goroutine until
// the run ends or the loop passes to a goroutine waiting on another host
// goroutine. main is true on the goroutine that called Run.
func (m *Machine) runHost(main bool) {
	h := &m.hosts
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		// A host panic (a stop at a choice point, or a bug): end the
		// run, and raise it again on the goroutine that called Run.
		m.exited = true
		m.releaseHosts()
		if main {
			panic(r)
		}
		h.failure = r
		close(h.done)
	}()
	if m.loop() {
		// The loop went on elsewhere.
		if main {
			m.awaitEnd()
		}
		return
	}
	// The run is over.
	if h.ending {
		// Released by releaseHosts: it waits for this one.
		h.ack <- struct{}{}
		if main {
			m.awaitEnd()
		}
		return
	}
	m.releaseHosts()
	if !main {
		close(h.done)
	}
}

// awaitEnd waits, on the goroutine that called Run, for the run to end on
// another host goroutine.
func (m *Machine) awaitEnd() {
	h := &m.hosts
	h.detached = true
	<-h.done
	if h.failure != nil {
		panic(h.failure)
	}
}

// releaseHosts ends every host goroutine still waiting, once the run is
// over: each unwinds its callbacks (their deferred calls do not run: the
// program has ended) and leaves.
func (m *Machine) releaseHosts() {
	h := &m.hosts
	if h.ending {
		return
	}
	h.ending = true
	for len(h.waiting) > 0 {
		t := h.waiting[0]
		c := t.host
		t.host = nil
		c <- false
		<-h.ack
	}
}

// suspend makes t, blocked or preempted inside a callback, wait on the
// current host goroutine while the loop goes on on a new one. It returns
// when the loop chooses t again.
func (m *Machine) suspend(t *Thread) {
	h := &m.hosts
	if h.done == nil {
		h.done = make(chan struct{})
		h.ack = make(chan struct{})
	}
	c := make(chan bool)
	t.host = c
	h.waiting = append(h.waiting, t)
	go m.runHost(false)
	ok := <-c
	for i, w := range h.waiting {
		if w == t {
			h.waiting = append(h.waiting[:i], h.waiting[i+1:]...)
			break
		}
	}
	if !ok {
		panic(budgetStop{})
	}
	m.cur = t
	t.stop = false
}

// resume passes the loop to t's host goroutine; the caller's host
// goroutine must then leave the loop without touching the machine again.
func (m *Machine) resume(t *Thread) {
	m.cur = t
	c := t.host
	t.host = nil
	c <- true
}
