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
	var collected [][]Value // the values of a library iterator (native)
	native := false
	resume := func(caller *Thread) {
		if !started {
			started = true
			c := seq.Closure()
			if c == nil {
				panic(nilDeref())
			}
			if c.Fn.native != nil {
				native = true
				collected = collectNative(caller, c.Fn)
			} else {
				co.t.pushCall(c.Fn, c.Env, []Value{yield}, -1)
			}
		}
		if native {
			// Hand out the next collected value.
			if co.stopped || len(collected) == 0 {
				co.t.status = dead
				return
			}
			co.val, collected = collected[0], collected[1:]
			co.yielded = true
			return
		}
		co.yielded = false
		for !co.yielded && co.t.status != dead {
			co.t.run()
			if m.exited {
				panic(budgetStop{}) // a fatal error in the iterator
			}
			if co.t.status == blocked {
				m.unsupported(caller, "blocking inside an iter.Pull iterator")
			}
		}
		// As Go's iter.Pull does, a panic or runtime.Goexit that ended
		// the iterator goes on in the goroutine that resumed it.
		if p := co.t.coroPanic; p != nil {
			co.t.coroPanic = nil
			caller.Panic(p.val)
		}
		if co.t.goexited {
			co.t.goexited = false
			caller.Goexit()
		}
	}
	next = NativeClosure("iter.Pull.next", func(ct *Thread, args []Value) Value {
		if co.t.status != dead && !co.stopped {
			resume(ct)
		}
		if co.t.status == dead || co.stopped {
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

// collectNative runs a library iterator (slices.Values, maps.Keys,
// strings.Lines: finite, and calling no code of the program but yield) to
// its end and returns the values it yielded. Such an iterator runs on the
// host's stack, where a yield cannot suspend it, so iter.Pull takes its
// values at the first call of next and hands them out one by one.
func collectNative(caller *Thread, fn *Func) [][]Value {
	var vals [][]Value
	yield := NativeClosure("iter.Pull.yield", func(_ *Thread, args []Value) Value {
		vals = append(vals, append([]Value(nil), args...))
		return Bool(true)
	})
	fn.native(caller, []Value{yield})
	return vals
}
