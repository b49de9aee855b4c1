// hostpark.go: parking a goroutine inside host code, for library natives
// that block while called by another native (an io.PipeReader read by a
// bufio.Scanner).

package interp

import "golang.org/x/tools/go/ssa"

// ParkHost blocks t, which is running a native called from host code, with
// Go's wait reason, blocked in the library function fn, until another
// goroutine unparks it. t waits on its host goroutine, as a goroutine
// blocked inside a callback from library code does (host.go), while the
// others run; when ParkHost returns, t is running again and the native
// goes on.
func (t *Thread) ParkHost(reason, fn string) {
	t.ParkIn(reason, fn)
	t.cbDepth++
	defer func() { t.cbDepth-- }()
	t.m.suspend(t)
}

// CanRetry reports whether the native t is running was called by an
// instruction of the program that can run again after t parks
// (Thread.Retry). It cannot when the native is the whole body of a
// goroutine (go io.Copy(w, r)) or a deferred call (run from a Return or
// RunDefers, or while a panic unwinds): such a native parks with ParkHost.
func (t *Thread) CanRetry() bool {
	fr := t.top
	if fr == nil || fr.unwinding {
		return false
	}
	if !t.resumed {
		return true
	}
	// callNativeNow marks a deferred call resumed, and runDefer rewinds
	// to the Return or RunDefers that runs it. (A call just before one of
	// those, made again after a preemption, looks the same: it parks on
	// the host stack, which is also correct.)
	switch fr.fn.instrAt(fr.pc).(type) {
	case *ssa.RunDefers, *ssa.Return:
		return false
	}
	return true
}
