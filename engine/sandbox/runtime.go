// runtime.go: package runtime — NumGoroutine, Gosched, GOMAXPROCS, NumCPU,
// Goexit and GC. runtime.Error and the runtime's panics are the core's.

package sandbox

import "interleave/engine/interp"

// sandboxProcs is what GOMAXPROCS and NumCPU report: the engine runs one
// goroutine at a time, but programs sizing worker pools from NumCPU should
// see a typical machine.
const sandboxProcs = 8

func init() {
	interp.Register("runtime.NumGoroutine", func(t *interp.Thread, args []interp.Value) interp.Value {
		return interp.Int(int64(t.Machine().NumGoroutine()))
	})
	// Gosched is a visible operation and nothing else: the scheduler may
	// switch to another goroutine there.
	interp.Register("runtime.Gosched", func(t *interp.Thread, args []interp.Value) interp.Value {
		t.Preempt()
		return interp.Value{}
	})
	// Goexit runs the goroutine's deferred calls and ends it; when main
	// calls it the program goes on until the other goroutines are done.
	interp.Register("runtime.Goexit", func(t *interp.Thread, args []interp.Value) interp.Value {
		t.Goexit()
		return interp.Value{}
	})
	interp.Register("runtime.GOMAXPROCS", func(t *interp.Thread, args []interp.Value) interp.Value {
		return interp.Int(sandboxProcs)
	})
	interp.Register("runtime.NumCPU", func(t *interp.Thread, args []interp.Value) interp.Value {
		return interp.Int(sandboxProcs)
	})
	interp.Register("runtime.GC", func(t *interp.Thread, args []interp.Value) interp.Value {
		return interp.Value{}
	})
	interp.Register("runtime.KeepAlive", func(t *interp.Thread, args []interp.Value) interp.Value {
		return interp.Value{}
	})
}
