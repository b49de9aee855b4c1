// runtime.go: package runtime — NumGoroutine, Gosched, GOMAXPROCS, NumCPU,
// Version, Caller, Goexit and GC. runtime.Error and the runtime's panics are the core's.

package sandbox

import (
	"runtime"

	"interleave/engine/interp"
)

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
	// Version is the toolchain the engine was built with, the one whose
	// behaviour it reproduces.
	interp.Register("runtime.Version", func(t *interp.Thread, args []interp.Value) interp.Value {
		return interp.String(runtime.Version())
	})
	// Caller gives the file as an absolute path, as go run's binaries do.
	interp.Register("runtime.Caller", func(t *interp.Thread, args []interp.Value) interp.Value {
		_, pos, ok := t.Caller(int(args[0].Int()))
		if !ok {
			return interp.Tuple(interp.Int(0), interp.String(""), interp.Int(0), interp.Bool(false))
		}
		return interp.Tuple(interp.Int(0x47b2c5), interp.String("/tmp/"+pos.Filename), interp.Int(int64(pos.Line)), interp.Bool(true))
	})
	interp.Register("runtime.Stack", func(t *interp.Thread, args []interp.Value) interp.Value {
		buf, s := args[0].Elems(), t.Stack(args[1].Bool())
		n := min(len(buf), len(s))
		for i := 0; i < n; i++ {
			buf[i].N = uint64(s[i])
		}
		return interp.Int(int64(n))
	})
	interp.Register("runtime.GC", func(t *interp.Thread, args []interp.Value) interp.Value {
		return interp.Value{}
	})
	// One goroutine runs at a time on one host thread: locking to it and
	// finalizers have nothing to do.
	for _, name := range []string{"runtime.LockOSThread", "runtime.UnlockOSThread", "runtime.SetFinalizer"} {
		interp.Register(name, func(t *interp.Thread, args []interp.Value) interp.Value { return interp.Value{} })
	}
	interp.Register("runtime.KeepAlive", func(t *interp.Thread, args []interp.Value) interp.Value {
		return interp.Value{}
	})
	// The runtime's panic values of the exported error types hold their
	// Error() text (interp's runtimeErrorValue): their methods, called on
	// the program's static type (te.Error() after r.(*runtime.PanicNilError)).
	for _, name := range []string{"PanicNilError", "TypeAssertionError"} {
		interp.Register("(*runtime."+name+").Error", func(t *interp.Thread, args []interp.Value) interp.Value {
			return args[0]
		})
		interp.Register("(*runtime."+name+").RuntimeError", func(t *interp.Thread, args []interp.Value) interp.Value {
			return interp.Value{}
		})
	}
}
