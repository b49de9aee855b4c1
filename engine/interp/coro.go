// coro.go: coroutines, for iter.Pull.

package interp

// A coroutine runs an iterator function on a stack of its own, switched to
// and from explicitly: the caller's goroutine waits while it runs, so it is
// not a goroutine the scheduler chooses.
type coroutine struct {
	t       *Thread
	val     []Value // the values passed to yield
	yielded bool    // stopped in yield, waiting for the next call of next
	waiting bool    // its yield is suspended (runs again when resumed)
	stopped bool    // stop was called: yield returns false
	// A library iterator (a native, like slices.Values) cannot be
	// suspended inside: it runs to the end at the first call of next,
	// and next then returns what it yielded, in order.
	eager    bool
	buffered [][]Value
}

// runEager runs the native iterator c to the end, buffering what it yields.
func (co *coroutine) runEager(t *Thread, c *Closure) {
	co.eager = true
	collect := NativeClosure("iter.Pull.yield", func(ct *Thread, args []Value) Value {
		co.buffered = append(co.buffered, append([]Value(nil), args...))
		return Bool(true)
	})
	t.CallFunc(c.Fn, c.Env, collect)
}

// Pull starts iterating the iterator function seq (an iter.Seq, or an
// iter.Seq2 when two is set) as iter.Pull does, and returns its next and
// stop functions.
func (t *Thread) Pull(seq Value, two bool) (next, stop Value) {
	m := t.m
	co := &coroutine{t: &Thread{m: m, ID: t.ID, createdBy: t.createdBy, coro: true}}
	yield := NativeClosure("iter.Pull.yield", func(ct *Thread, args []Value) Value {
		if co.waiting {
			// Resumed by next or stop: yield returns.
			co.waiting = false
			return Bool(!co.stopped)
		}
		co.val = append(co.val[:0], args...)
		co.yielded, co.waiting = true, true
		ct.Retry()
		ct.halt()
		return Value{}
	})
	started := false
	resume := func(caller *Thread) {
		if !started {
			started = true
			c := seq.Closure()
			if c == nil {
				panic(nilDeref())
			}
			if c.Fn.native != nil {
				co.runEager(caller, c)
				return
			}
			co.t.pushCall(c.Fn, c.Env, []Value{yield}, -1)
		}
		if co.eager {
			return
		}
		co.yielded = false
		for !co.yielded && co.t.status != dead {
			co.t.run()
			if co.t.status == blocked {
				m.unsupported(caller, "blocking inside an iter.Pull iterator")
			}
		}
	}
	next = NativeClosure("iter.Pull.next", func(ct *Thread, args []Value) Value {
		if co.t.status != dead && !co.stopped {
			resume(ct)
		}
		if co.eager && !co.stopped && len(co.buffered) > 0 {
			co.val, co.buffered = co.buffered[0], co.buffered[1:]
			if two {
				return Tuple(co.val[0], co.val[1], Bool(true))
			}
			return Tuple(co.val[0], Bool(true))
		}
		if co.eager || co.t.status == dead || co.stopped {
			if two {
				return Tuple(Value{}, Value{}, Bool(false))
			}
			return Tuple(Value{}, Bool(false))
		}
		if two {
			return Tuple(co.val[0], co.val[1], Bool(true))
		}
		return Tuple(co.val[0], Bool(true))
	})
	stop = NativeClosure("iter.Pull.stop", func(ct *Thread, args []Value) Value {
		if co.stopped {
			return Value{}
		}
		co.stopped = true
		if started && co.t.status != dead {
			resume(ct)
		}
		return Value{}
	})
	return next, stop
}
