// hostpark.go: parking a goroutine inside host code, for library natives
// that block while called by another native (an io.PipeReader read by a
// bufio.Scanner).

package interp

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

// HasFrames reports whether t is running the program's code: false while
// a library function runs as the whole body of a goroutine (go
// io.Copy(w, r)), where there is no call to make again after parking.
func (t *Thread) HasFrames() bool { return t.top != nil }
