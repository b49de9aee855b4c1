// hostpark.go: parking a goroutine inside host code, for library natives
// that block while called by another native (an io.PipeReader read by a
// bufio.Scanner).

package interp

// ParkHost blocks t, which is running a native called from host code, with
// Go's wait reason, blocked in the library function fn, until another
// goroutine unparks it and the scheduler picks t again. The goroutine
// waits on a host goroutine of its own, as it does while a callback from
// library code is blocked (host.go); when ParkHost returns, t is running
// again and the native goes on.
func (t *Thread) ParkHost(reason, fn string) {
	t.ParkIn(reason, fn)
	t.cbDepth++
	defer func() { t.cbDepth-- }()
	t.m.suspend(t)
}

// CanRetry reports whether the native t is running was called by an
// instruction that can run again after t parks (Thread.Retry): a call in
// the program's code, or the call of a library function a goroutine was
// started on (libcall.go's nativeBody). A deferred call cannot (its frame
// is running its deferred calls at a return, or because of a panic): such
// a native parks with ParkHost instead.
func (t *Thread) CanRetry() bool {
	fr := t.top
	return fr != nil && !fr.unwinding && !fr.atReturn
}
