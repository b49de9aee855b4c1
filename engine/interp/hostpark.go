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

// HasFrames reports whether t is running the program's code, or a library
// function it started as a goroutine (go io.Copy(w, r): that call has a
// frame of its own, libcall.go's nativeBody): false only while no frame
// is left to make a call again after parking.
func (t *Thread) HasFrames() bool { return t.top != nil }
