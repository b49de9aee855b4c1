// coro.go: coroutines, for iter.Pull.

package interp

// A coroutine runs an iterator function for iter.Pull. As in Go, it is a
// goroutine of its own (it has an id, NumGoroutine counts it and a deadlock
// lists it), created parked by Pull, that runs only while a caller of next
// or stop waits for it: next wakes it and parks in "coroutine" until it
// yields or ends, yield wakes the caller and parks the coroutine. Being a
// goroutine, it may block (on a channel, a lock) and yield from inside a
// library iterator's callback (slices.Values) like any other.
type coroutine struct {
	t       *Thread
	fn      Value   // the iterator function
	yield   Value   // the yield function passed to it
	val     []Value // the values passed to yield
	started bool
	done    bool    // the iterator function returned, panicked or was stopped
	stopped bool    // stop was called: yield returns false
	waiting bool    // parked in yield: its next run returns from yield
	caller  *Thread // the goroutine waiting in next or stop
	ready   bool    // a value or the end is there for the caller
	// stopping: the caller waits in a deferred stop, which is not run
	// again (a deferred library call cannot be): it just goes on.
	stopping bool
	// native: the iterator is a library function (slices.Values), whose
	// values collected holds (see collectNative).
	native    bool
	collected [][]Value
}

// Pull starts iterating the iterator function seq (an iter.Seq, or an
// iter.Seq2 when two is set) as iter.Pull does, and returns its next and
// stop functions.
func (t *Thread) Pull(seq Value, two bool) (next, stop Value) {
	m := t.m
	co := &coroutine{fn: seq}
	g := m.newThread(t)
	g.coro = true
	if g.createdBy != nil {
		g.createdBy.fn = "iter.Pull[...]"
	}
	if m.rec != nil {
		if c := seq.Closure(); c != nil {
			m.rec.goCreate(t, g, c.Fn)
		}
	}
	g.Park("coroutine")
	co.t = g
	g.coroEnd = func() {
		co.done = true
		co.wake()
	}
	co.yield = NativeClosure("iter.Pull.yield", func(ct *Thread, args []Value) Value {
		ct.resumed = false // run again after Retry: the call is done
		if co.waiting {
			// Resumed by next or stop: yield returns.
			co.waiting = false
			return Bool(!co.stopped)
		}
		co.val = append(co.val[:0], args...)
		co.waiting = true
		co.wake()
		ct.Retry()
		ct.Park("coroutine")
		return Value{}
	})
	end := func() Value {
		if two {
			return Tuple(Value{}, Value{}, Bool(false))
		}
		return Tuple(Value{}, Bool(false))
	}
	next = NativeClosure("iter.Pull.next", func(ct *Thread, args []Value) Value {
		ct.resumed = false
		if co.caller == ct && co.ready {
			// Woken: the coroutine yielded or ended.
			co.caller, co.ready = nil, false
			co.raise(ct)
			if co.done {
				return end()
			}
			if two {
				return Tuple(co.val[0], co.val[1], Bool(true))
			}
			return Tuple(co.val[0], Bool(true))
		}
		if co.done {
			return end()
		}
		if c := co.fn.Closure(); !co.started && c != nil && c.Fn.native != nil {
			co.started, co.native = true, true
			co.collected = collectNative(ct, c.Fn)
		}
		if co.native {
			if len(co.collected) == 0 {
				co.done = true
				co.t.finish()
				return end()
			}
			co.val, co.collected = co.collected[0], co.collected[1:]
			if two {
				return Tuple(co.val[0], co.val[1], Bool(true))
			}
			return Tuple(co.val[0], Bool(true))
		}
		co.resume(ct)
		return Value{}
	})
	stop = NativeClosure("iter.Pull.stop", func(ct *Thread, args []Value) Value {
		if co.caller == ct && co.ready {
			// Run again once the iterator ended: raise its panic.
			co.caller, co.ready = nil, false
			ct.resumed = false
			co.raise(ct)
			return Value{}
		}
		if co.stopped || co.done {
			co.stopped = true
			return Value{}
		}
		co.stopped = true
		if !co.started || co.native {
			// Never run: it ends without calling the iterator.
			co.done = true
			co.t.finish()
			return Value{}
		}
		if fr := ct.top; fr != nil && fr.atReturn {
			// defer stop() at a return: a deferred library call is not
			// run again after it waits, so it is deferred once more,
			// to raise the iterator's panic when the return goes on.
			fr.defers = append(fr.defers, deferred{fn: stop.Closure().Fn})
			co.resume(ct)
			ct.resumed = false
			fr.pc++ // resume's Retry: the return runs again instead
			return Value{}
		}
		// Deferred while panicking: not run again, it goes on once the
		// iterator ended.
		co.stopping = ct.top != nil && ct.top.unwinding
		co.resume(ct)
		return Value{}
	})
	return next, stop
}

// resume runs the coroutine for the caller ct, which parks (to run its
// next or stop again) until the coroutine yields or ends.
func (co *coroutine) resume(ct *Thread) {
	if !co.started {
		co.started = true
		c := co.fn.Closure()
		if c == nil {
			co.done = true
			co.t.finish()
			panic(nilDeref())
		}
		co.t.start(c.Fn, c.Env, []Value{co.yield})
	}
	co.caller = ct
	co.t.Unpark()
	if !co.stopping {
		ct.Retry()
	}
	ct.Park("coroutine")
}

// wake lets the goroutine waiting in next or stop go on.
func (co *coroutine) wake() {
	if co.caller == nil {
		return
	}
	if co.stopping {
		// A panic of the iterator while a deferred stop ends it is
		// not raised again in stop's caller (unlike Go).
		co.t.coroPanic = nil
		co.stopping = false
		c := co.caller
		co.caller = nil
		c.Unpark()
		return
	}
	co.ready = true
	co.caller.Unpark()
}

// raise continues, in ct, a panic or runtime.Goexit that ended the
// iterator, as Go's iter.Pull does.
func (co *coroutine) raise(ct *Thread) {
	if p := co.t.coroPanic; p != nil {
		co.t.coroPanic = nil
		ct.Panic(p.val)
	}
	if co.t.goexited {
		co.t.goexited = false
		ct.Goexit()
	}
}

// collectNative runs a library iterator (slices.Values, maps.Keys,
// strings.Lines: finite, and calling no code of the program but yield) to
// its end and returns the values it yielded. Such an iterator runs on the
// host's stack and calls yield directly, where yield cannot park, so
// iter.Pull takes its values at the first call of next and hands them out
// one by one.
func collectNative(caller *Thread, fn *Func) [][]Value {
	var vals [][]Value
	yield := NativeClosure("iter.Pull.yield", func(_ *Thread, args []Value) Value {
		vals = append(vals, append([]Value(nil), args...))
		return Bool(true)
	})
	fn.native(caller, []Value{yield})
	return vals
}
