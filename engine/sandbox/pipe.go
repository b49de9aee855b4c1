// pipe.go: io.Pipe, a synchronous in-memory pipe on the interpreter's
// scheduler.
//
// A write hands its bytes to the pipe and parks until readers have taken
// all of them (or a side is closed); a read takes what a parked write
// offers, or parks until there is some. Both park in Go's wait reason
// ("select"), and a second writer waits for the first (Go's wrMu:
// "sync.Mutex.Lock"). The program's *PipeWriter is struct{r PipeReader}
// and its reader points into it, as in Go; the host pipe is held where the
// embedded io.pipe struct would be.

package sandbox

import (
	"interleave/engine/interp"
)

type pipeResult struct {
	n   int
	err interp.Value
}

type pipe struct {
	writer  *interp.Thread // the goroutine whose write is being read; nil if none
	data    []byte         // what is left of its bytes
	taken   int            // how many of them readers took
	offered bool           // a write is waiting (possibly of no bytes)
	done    map[*interp.Thread]pipeResult
	readers []*interp.Thread // parked readers
	writers []*interp.Thread // writers waiting for the writer's turn
	closed  bool
	rerr    interp.Value // the reader's close error (first one wins)
	werr    interp.Value // the writer's close error
}

func (p *pipe) wakeAll(ts *[]*interp.Thread) {
	for _, r := range *ts {
		r.Unpark()
	}
	*ts = nil
}

func (p *pipe) readCloseError(t *interp.Thread) interp.Value {
	if p.rerr.R == nil && p.werr.R != nil {
		return p.werr
	}
	return libErr(t, "io", "ErrClosedPipe")
}

func (p *pipe) writeCloseError(t *interp.Thread) interp.Value {
	if p.werr.R == nil && p.rerr.R != nil {
		return p.rerr
	}
	return libErr(t, "io", "ErrClosedPipe")
}

// finishWrite ends the offered write with err, waking its writer.
func (p *pipe) finishWrite(err interp.Value) {
	p.done[p.writer] = pipeResult{p.taken, err}
	p.writer.Unpark()
	p.writer, p.data, p.taken, p.offered = nil, nil, 0, false
	p.wakeAll(&p.writers)
}

func (p *pipe) close(t *interp.Thread) {
	if p.closed {
		return
	}
	p.closed = true
	if p.offered {
		p.finishWrite(p.writeCloseError(t))
	}
	p.wakeAll(&p.readers)
	p.wakeAll(&p.writers)
}

// read reads into b, blocking as Go's pipe does.
func (p *pipe) read(t *interp.Thread, b []byte) (int, interp.Value) {
	for {
		if p.closed {
			return 0, p.readCloseError(t)
		}
		if p.offered {
			n := copy(b, p.data)
			p.data = p.data[n:]
			p.taken += n
			if len(p.data) == 0 {
				p.finishWrite(interp.Value{})
			}
			return n, interp.Value{}
		}
		p.readers = append(p.readers, t)
		if block(t, "select", "io.(*pipe).read") {
			return 0, interp.Value{}
		}
	}
}

// write writes b, blocking until readers took all of it. A write that
// parked finds its result in done when it runs again.
func (p *pipe) write(t *interp.Thread, b []byte) (int, interp.Value) {
	for {
		if r, ok := p.done[t]; ok {
			delete(p.done, t)
			return r.n, r.err
		}
		if p.closed {
			return 0, p.writeCloseError(t)
		}
		if p.offered {
			p.writers = append(p.writers, t)
			if block(t, "sync.Mutex.Lock", "io.(*pipe).write") {
				return 0, interp.Value{}
			}
			continue
		}
		p.writer, p.data, p.taken, p.offered = t, b, 0, true
		p.wakeAll(&p.readers)
		if block(t, "select", "io.(*pipe).write") {
			return 0, interp.Value{}
		}
	}
}

func pipeOf(t *interp.Thread, args []interp.Value, writer bool) *pipe {
	f := recvFields(t, args)
	if writer {
		f = f[0].Elems()
	}
	p, ok := f[0].R.(*pipe)
	if !ok {
		t.NilDeref()
	}
	return p
}

func init() {
	interp.Register("io.Pipe", func(t *interp.Thread, args []interp.Value) interp.Value {
		p := &pipe{done: map[*interp.Thread]pipeResult{}}
		w := &interp.Value{R: []interp.Value{{R: []interp.Value{{R: p}}}}}
		r := &w.Elems()[0]
		return interp.Tuple(interp.Value{R: r}, interp.Value{R: w})
	})
	// preempt offers the scheduler a switch before a pipe operation the
	// program calls itself.
	preempt := func(t *interp.Thread) bool { return calledByProgram(t) && t.Preempt() }
	interp.Register("(*io.PipeReader).Read", func(t *interp.Thread, args []interp.Value) interp.Value {
		if preempt(t) {
			return interp.Value{}
		}
		p := pipeOf(t, args, false)
		vs := args[1].Elems()
		b := make([]byte, len(vs))
		n, err := p.read(t, b)
		intoBytes(vs, b[:n])
		return nr(n, err)
	})
	interp.Register("(*io.PipeWriter).Write", func(t *interp.Thread, args []interp.Value) interp.Value {
		if preempt(t) {
			return interp.Value{}
		}
		return nr(pipeOf(t, args, true).write(t, interp.BytesOf(args[1])))
	})
	closer := func(writer, withErr bool) interp.Native {
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			if preempt(t) {
				return interp.Value{}
			}
			p := pipeOf(t, args, writer)
			var err interp.Value
			if withErr {
				err = args[1]
			}
			if writer {
				if err.R == nil {
					err = libErr(t, "io", "EOF")
				}
				if p.werr.R == nil {
					p.werr = err
				}
			} else {
				if err.R == nil {
					err = libErr(t, "io", "ErrClosedPipe")
				}
				if p.rerr.R == nil {
					p.rerr = err
				}
			}
			p.close(t)
			return interp.Value{}
		}
	}
	interp.Register("(*io.PipeReader).Close", closer(false, false))
	interp.Register("(*io.PipeReader).CloseWithError", closer(false, true))
	interp.Register("(*io.PipeWriter).Close", closer(true, false))
	interp.Register("(*io.PipeWriter).CloseWithError", closer(true, true))
	hostReaders["*io.PipeReader"] = func(t *interp.Thread, v interp.Value, b []byte) (int, interp.Value) {
		return pipeOf(t, []interp.Value{v}, false).read(t, b)
	}
	hostWriters["*io.PipeWriter"] = func(t *interp.Thread, v interp.Value, b []byte) (int, interp.Value) {
		return pipeOf(t, []interp.Value{v}, true).write(t, b)
	}
}
