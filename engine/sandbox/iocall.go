// iocall.go: how natives read from and write to the program's io.Reader and
// io.Writer values, and how a native blocks (on an io.Pipe) when another
// native called it.
//
// A native called by the program blocks as the sync natives do: it parks
// and runs again (Thread.Retry). A native called by another native (a
// bufio.Scanner reading an *io.PipeReader) cannot simply run again, so
// there are two more ways:
//
//   - the outer native is restartable (Scan, Fprintf, io.Copy, ...): the
//     inner one unwinds to it with wouldBlock, and the outer native parks
//     and runs again from the start when woken, keeping what it had done in
//     its own state or in libThread.resume;
//   - otherwise the inner native parks on the host stack (Thread.ParkHost)
//     while the other goroutines run.
//
// libThread tracks which case applies: how deep in natives calling natives
// the goroutine is, and at which depth a restartable native listens.

package sandbox

import (
	"interleave/engine/interp"
)

// A libThread is the sandbox's per-goroutine state.
type libThread struct {
	depth     int         // natives called by natives, since the program's last call
	restartAt int         // the depth whose natives a restartable native catches; 0: none
	resume    map[int]any // by depth: what restartable natives had done before they parked
}

type libThreadsKey struct{}

func libOf(t *interp.Thread) *libThread {
	ts := t.Machine().State(libThreadsKey{}, func() any { return map[*interp.Thread]*libThread{} }).(map[*interp.Thread]*libThread)
	lt := ts[t]
	if lt == nil {
		lt = new(libThread)
		ts[t] = lt
	}
	return lt
}

// wouldBlock unwinds a blocked native to the restartable native that called it.
type wouldBlock struct{ reason, fn string }

// restartable wraps a native that may call a blocking native and can run
// again from the start: called by the program, it parks when a native it
// calls would block, and runs again when woken. Called by another
// restartable native (io.Copy delegating to (*bytes.Buffer).ReadFrom), it
// lets the block unwind to that one, and runs again with it.
func restartable(f interp.Native) interp.Native {
	return func(t *interp.Thread, args []interp.Value) (res interp.Value) {
		lt := libOf(t)
		switch {
		case !t.CanRetry():
			// A goroutine's body or a deferred call: nothing to run again,
			// and what f saved for a run again must not reach the next
			// restartable native (a deferred Fprintln's line printed by
			// the next Fprintln).
			depth := lt.depth
			defer func() { delete(lt.resume, depth) }()
			return f(t, args)
		case lt.depth > 0 && lt.depth == lt.restartAt:
			saved := lt.restartAt
			lt.restartAt = lt.depth + 1
			defer func() { lt.restartAt = saved }()
			res = f(t, args)
			delete(lt.resume, lt.depth)
			return res
		case lt.depth > 0:
			return f(t, args)
		}
		saved := lt.restartAt
		lt.restartAt = 1
		defer func() {
			lt.restartAt = saved
			if r := recover(); r != nil {
				wb, ok := r.(wouldBlock)
				if !ok {
					lt.resume = nil
					panic(r)
				}
				lt.depth = 0
				t.Retry()
				t.ParkIn(wb.reason, wb.fn)
				res = interp.Value{}
			}
		}()
		res = f(t, args)
		lt.resume = nil
		return res
	}
}

// takeResume returns the progress the running restartable native saved
// before it parked, or nil.
func takeResume(t *interp.Thread) any {
	lt := libOf(t)
	r := lt.resume[lt.depth]
	delete(lt.resume, lt.depth)
	return r
}

// saveResume keeps r for the running restartable native's next run.
func saveResume(t *interp.Thread, r any) {
	lt := libOf(t)
	if lt.resume == nil {
		lt.resume = make(map[int]any)
	}
	lt.resume[lt.depth] = r
}

// block parks t for a blocking native (reason and fn as Go's traceback
// shows them). It reports whether the native must return at once (it runs
// again when woken); if it returns false, t was parked on the host stack
// and is running again: the native tries again.
func block(t *interp.Thread, reason, fn string) (retry bool) {
	lt := libOf(t)
	switch {
	case lt.depth == 0 && t.CanRetry():
		t.Retry()
		t.ParkIn(reason, fn)
		return true
	case lt.restartAt > 0 && lt.depth == lt.restartAt:
		panic(wouldBlock{reason, fn})
	}
	t.ParkHost(reason, fn)
	return false
}

// calledByProgram reports whether the running native was called by the program.
func calledByProgram(t *interp.Thread) bool { return libOf(t).depth == 0 && t.CanRetry() }

// callMethod calls the method name of the interface value i with args.
func callMethod(t *interp.Thread, i *interp.Iface, name string, args ...interp.Value) interp.Value {
	f := i.T.Method(name)
	if f == nil {
		t.Machine().Unsupported(t, "calling "+name+" on a "+i.T.Name)
	}
	return callNative(t, f.IsNative(), func() interp.Value {
		return t.CallFunc(f, nil, append([]interp.Value{i.V}, args...)...)
	})
}

// callNative runs call, a call of a native (isNative) or of program code,
// keeping libThread's depth.
func callNative(t *interp.Thread, isNative bool, call func() interp.Value) interp.Value {
	lt := libOf(t)
	depth, at := lt.depth, lt.restartAt
	if isNative {
		lt.depth++
	} else {
		lt.depth, lt.restartAt = 0, 0
	}
	defer func() { lt.depth, lt.restartAt = depth, at }()
	return call()
}

// A hostReader reads from a reader the sandbox implements without making
// program values for the buffer.
type hostReader func(t *interp.Thread, v interp.Value, p []byte) (int, interp.Value)

// A hostWriter writes to a writer the sandbox implements.
type hostWriter func(t *interp.Thread, v interp.Value, p []byte) (int, interp.Value)

// hostReaders and hostWriters are by the %T name of the dynamic type.
var (
	hostReaders = map[string]hostReader{}
	hostWriters = map[string]hostWriter{}
)

// ifaceOf returns the interface value v, raising Go's nil dereference for
// a nil interface (a method call on it).
func ifaceOf(t *interp.Thread, v interp.Value) *interp.Iface {
	i := v.Iface()
	if i == nil {
		t.NilDeref()
	}
	return i
}

// ioRead calls r.Read(p) on the io.Reader r. n is what Read returned,
// which may be out of range.
func ioRead(t *interp.Thread, r interp.Value, p []byte) (n int, err interp.Value) {
	i := ifaceOf(t, r)
	if hr, ok := hostReaders[i.T.Name]; ok {
		callNative(t, true, func() interp.Value {
			n, err = hr(t, i.V, p)
			return interp.Value{}
		})
		return n, err
	}
	buf := make([]interp.Value, len(p))
	res := callMethod(t, i, "Read", interp.Value{R: buf}).Elems()
	n = int(res[0].Int())
	for k := 0; k < n && k < len(p); k++ {
		p[k] = byte(buf[k].N)
	}
	return n, res[1]
}

// ioWrite calls w.Write(p) on the io.Writer w.
func ioWrite(t *interp.Thread, w interp.Value, p []byte) (n int, err interp.Value) {
	i := ifaceOf(t, w)
	if fd, ok := fileFD(t.Machine(), i); ok && fd != 0 {
		t.Write(fd, p)
		return len(p), interp.Value{}
	}
	if hw, ok := hostWriters[i.T.Name]; ok {
		callNative(t, true, func() interp.Value {
			n, err = hw(t, i.V, p)
			return interp.Value{}
		})
		return n, err
	}
	res := callMethod(t, i, "Write", interp.MakeBytes(p)).Elems()
	return int(res[0].Int()), res[1]
}

// ioWriteString is io.WriteString: WriteString if w has it, else Write.
func ioWriteString(t *interp.Thread, w interp.Value, s string) (n int, err interp.Value) {
	i := ifaceOf(t, w)
	if _, ok := hostWriters[i.T.Name]; !ok && i.T.Method("WriteString") != nil {
		if fd, ok := fileFD(t.Machine(), i); !ok || fd == 0 {
			res := callMethod(t, i, "WriteString", interp.String(s)).Elems()
			return int(res[0].Int()), res[1]
		}
	}
	return ioWrite(t, w, []byte(s))
}

// libErr returns the library's error variable pkg.name (io.EOF).
func libErr(t *interp.Thread, pkg, name string) interp.Value {
	c := t.Machine().Global(pkg, name)
	if c == nil {
		panic("sandbox: no " + pkg + "." + name)
	}
	return *c
}

// isErr reports whether err is the library's error variable pkg.name.
func isErr(t *interp.Thread, err interp.Value, pkg, name string) bool {
	if err.R == nil {
		return false
	}
	c := t.Machine().Global(pkg, name)
	if c == nil {
		return false
	}
	a, b := err.Iface(), c.Iface()
	return b != nil && a.T == b.T && interp.Equal(a.T, a.V, b.V)
}

// implements reports whether the dynamic type of the interface value v
// has the method name.
func hasMethod(v interp.Value, name string) bool {
	i := v.Iface()
	return i != nil && i.T.Method(name) != nil
}

// recvFields returns the fields of the struct the pointer receiver args[0]
// points to, raising Go's nil dereference for a nil pointer.
func recvFields(t *interp.Thread, args []interp.Value) []interp.Value {
	p := args[0].Ptr()
	if p == nil {
		t.NilDeref()
	}
	return p.Elems()
}

// nr returns Read's or Write's results (n, err).
func nr(n int, err interp.Value) interp.Value { return interp.Tuple(interp.Int(int64(n)), err) }

// bytesOrNil makes a []byte value, nil for a nil b.
func bytesOrNil(b []byte) interp.Value {
	if b == nil {
		return interp.Value{}
	}
	return interp.MakeBytes(b)
}

// intoBytes copies b into the elements of the program's []byte p.
func intoBytes(p []interp.Value, b []byte) int {
	n := min(len(p), len(b))
	for i := range n {
		p[i] = interp.Uint(uint64(b[i]))
	}
	return n
}
