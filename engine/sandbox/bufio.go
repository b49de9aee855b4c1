// bufio.go: the natives of package bufio: Scanner, Reader and Writer, a
// port of Go's own code onto host buffers.
//
// Each type keeps its state in a host struct held in the first field of
// the program's struct (made by the constructor), and calls the program's
// reader or writer through iocall.go. Slices the methods return (Bytes,
// Peek, ReadSlice, ReadLine) are copies, not views of the buffer.

package sandbox

import (
	"bufio"
	"bytes"
	"unicode/utf8"

	"interleave/engine/interp"
)

const (
	maxConsecutiveEmptyReads = 100
	defaultBufSize           = 4096
	minReadBufferSize        = 16
)

// bufioErr returns bufio's error variable name.
func bufioErr(t *interp.Thread, name string) interp.Value { return libErr(t, "bufio", name) }

// panicStr panics with a string value, as Go's panic("...") does.
func panicStr(t *interp.Thread, s string) {
	t.Panic(interp.MakeIface(t.Machine().TypeOf(stringType), interp.String(s)))
}

// hostState returns the host state in the first field of the struct the
// receiver args[0] points to.
func hostState[T any](t *interp.Thread, args []interp.Value) *T {
	f := recvFields(t, args)
	s, ok := f[0].R.(*T)
	if !ok {
		t.NilDeref()
	}
	return s
}

// newHostState makes a pointer to a zero struct of the library type
// pkg.name holding s in its first field.
func newHostState(t *interp.Thread, pkg, name string, s any) interp.Value {
	cell := interp.Zero(t.Machine().LookupType(pkg, name))
	cell.Elems()[0] = interp.Value{R: s}
	return interp.Value{R: &cell}
}

// A scanner is a bufio.Scanner.
type scanner struct {
	r            interp.Value // io.Reader
	split        interp.Value // SplitFunc; nil for ScanLines, the default
	maxTokenSize int
	token        []byte
	buf          []byte
	start, end   int
	err          interp.Value
	empties      int
	scanCalled   bool
	done         bool
}

// builtinSplits are bufio's split functions, run by the host when the
// program passes them to Split.
var builtinSplits = map[string]bufio.SplitFunc{
	"bufio.ScanLines": bufio.ScanLines,
	"bufio.ScanWords": bufio.ScanWords,
	"bufio.ScanRunes": bufio.ScanRunes,
	"bufio.ScanBytes": bufio.ScanBytes,
}

// callSplit runs the split function on data.
func (s *scanner) callSplit(t *interp.Thread, data []byte, atEOF bool) (int, []byte, interp.Value) {
	if s.split.R == nil {
		adv, tok, _ := bufio.ScanLines(data, atEOF)
		return adv, tok, interp.Value{}
	}
	c := s.split.Closure()
	if c.Fn.SSA != nil {
		if f, ok := builtinSplits[c.Fn.SSA.String()]; ok {
			adv, tok, _ := f(data, atEOF)
			return adv, tok, interp.Value{}
		}
	}
	r := callNative(t, c.Fn.IsNative(), func() interp.Value {
		return t.Call(s.split, interp.MakeBytes(data), interp.Bool(atEOF))
	}).Elems()
	var tok []byte
	if r[1].R != nil {
		tok = interp.BytesOf(r[1])
	}
	return int(r[0].Int()), tok, r[2]
}

func (s *scanner) setErr(t *interp.Thread, err interp.Value) {
	if s.err.R == nil || isErr(t, s.err, "io", "EOF") {
		s.err = err
	}
}

func (s *scanner) advance(t *interp.Thread, n int) bool {
	if n < 0 {
		s.setErr(t, bufioErr(t, "ErrNegativeAdvance"))
		return false
	}
	if n > s.end-s.start {
		s.setErr(t, bufioErr(t, "ErrAdvanceTooFar"))
		return false
	}
	s.start += n
	return true
}

// scan is Go's Scanner.Scan. Everything it has read is in s before a read
// that blocks, so it can run again from the start.
func (s *scanner) scan(t *interp.Thread) bool {
	if s.done {
		return false
	}
	s.scanCalled = true
	for {
		if s.end > s.start || s.err.R != nil {
			advance, token, err := s.callSplit(t, s.buf[s.start:s.end], s.err.R != nil)
			if err.R != nil {
				if isErr(t, err, "bufio", "ErrFinalToken") {
					s.token = token
					s.done = true
					return token != nil
				}
				s.setErr(t, err)
				return false
			}
			if !s.advance(t, advance) {
				return false
			}
			s.token = token
			if token != nil {
				if s.err.R == nil || advance > 0 {
					s.empties = 0
				} else {
					s.empties++
					if s.empties > maxConsecutiveEmptyReads {
						panicStr(t, "bufio.Scan: too many empty tokens without progressing")
					}
				}
				return true
			}
		}
		if s.err.R != nil {
			s.start, s.end = 0, 0
			return false
		}
		if s.start > 0 && (s.end == len(s.buf) || s.start > len(s.buf)/2) {
			copy(s.buf, s.buf[s.start:s.end])
			s.end -= s.start
			s.start = 0
		}
		if s.end == len(s.buf) {
			if len(s.buf) >= s.maxTokenSize || len(s.buf) > (1<<62)/2 {
				s.setErr(t, bufioErr(t, "ErrTooLong"))
				return false
			}
			newSize := len(s.buf) * 2
			if newSize == 0 {
				newSize = 4096
			}
			newSize = min(newSize, s.maxTokenSize)
			t.Alloc(int64(newSize))
			newBuf := make([]byte, newSize)
			copy(newBuf, s.buf[s.start:s.end])
			s.buf = newBuf
			s.end -= s.start
			s.start = 0
		}
		for loop := 0; ; {
			n, err := ioRead(t, s.r, s.buf[s.end:])
			if n < 0 || len(s.buf)-s.end < n {
				s.setErr(t, bufioErr(t, "ErrBadReadCount"))
				break
			}
			s.end += n
			if err.R != nil {
				s.setErr(t, err)
				break
			}
			if n > 0 {
				s.empties = 0
				break
			}
			loop++
			if loop > maxConsecutiveEmptyReads {
				s.setErr(t, libErr(t, "io", "ErrNoProgress"))
				break
			}
		}
	}
}

func init() {
	interp.Register("bufio.NewScanner", func(t *interp.Thread, args []interp.Value) interp.Value {
		return newHostState(t, "bufio", "Scanner", &scanner{r: args[0], maxTokenSize: bufio.MaxScanTokenSize})
	})
	interp.Register("(*bufio.Scanner).Scan", restartable(func(t *interp.Thread, args []interp.Value) interp.Value {
		return interp.Bool(hostState[scanner](t, args).scan(t))
	}))
	interp.Register("(*bufio.Scanner).Text", func(t *interp.Thread, args []interp.Value) interp.Value {
		return interp.String(string(hostState[scanner](t, args).token))
	})
	interp.Register("(*bufio.Scanner).Bytes", func(t *interp.Thread, args []interp.Value) interp.Value {
		return bytesOrNil(hostState[scanner](t, args).token)
	})
	interp.Register("(*bufio.Scanner).Err", func(t *interp.Thread, args []interp.Value) interp.Value {
		s := hostState[scanner](t, args)
		if isErr(t, s.err, "io", "EOF") {
			return interp.Value{}
		}
		return s.err
	})
	interp.Register("(*bufio.Scanner).Buffer", func(t *interp.Thread, args []interp.Value) interp.Value {
		s := hostState[scanner](t, args)
		if s.scanCalled {
			panicStr(t, "Buffer called after Scan")
		}
		vs := args[1].Elems()
		s.buf = make([]byte, cap(vs))
		s.maxTokenSize = int(args[2].Int())
		return interp.Value{}
	})
	interp.Register("(*bufio.Scanner).Split", func(t *interp.Thread, args []interp.Value) interp.Value {
		s := hostState[scanner](t, args)
		if s.scanCalled {
			panicStr(t, "Split called after Scan")
		}
		s.split = args[1]
		if args[1].R == nil {
			s.split = interp.NativeClosure("nil split", func(t *interp.Thread, _ []interp.Value) interp.Value {
				t.NilDeref()
				return interp.Value{}
			})
		}
		return interp.Value{}
	})
	for name, f := range builtinSplits {
		interp.Register(name, func(t *interp.Thread, args []interp.Value) interp.Value {
			var data []byte
			if args[0].R != nil {
				data = interp.BytesOf(args[0])
			}
			adv, tok, _ := f(data, args[1].Bool())
			return interp.Tuple(interp.Int(int64(adv)), bytesOrNil(tok), interp.Value{})
		})
	}
}

// A breader is a bufio.Reader.
type breader struct {
	buf          []byte
	rd           interp.Value // io.Reader
	r, w         int
	err          interp.Value
	lastByte     int
	lastRuneSize int
}

func (b *breader) reset(buf []byte, r interp.Value) {
	*b = breader{buf: buf, rd: r, lastByte: -1, lastRuneSize: -1}
}

func (b *breader) readErr() interp.Value {
	err := b.err
	b.err = interp.Value{}
	return err
}

func (b *breader) fill(t *interp.Thread) {
	if b.r > 0 {
		copy(b.buf, b.buf[b.r:b.w])
		b.w -= b.r
		b.r = 0
	}
	if b.w >= len(b.buf) {
		panicStr(t, "bufio: tried to fill full buffer")
	}
	for i := maxConsecutiveEmptyReads; i > 0; i-- {
		n, err := ioRead(t, b.rd, b.buf[b.w:])
		if n < 0 || n > len(b.buf)-b.w {
			panicStr(t, "bufio: reader returned negative count from Read")
		}
		b.w += n
		if err.R != nil {
			b.err = err
			return
		}
		if n > 0 {
			return
		}
	}
	b.err = libErr(t, "io", "ErrNoProgress")
}

func (b *breader) readSlice(t *interp.Thread, delim byte) (line []byte, err interp.Value) {
	s := 0
	for {
		if i := bytes.IndexByte(b.buf[b.r+s:b.w], delim); i >= 0 {
			i += s
			line = b.buf[b.r : b.r+i+1]
			b.r += i + 1
			break
		}
		if b.err.R != nil {
			line = b.buf[b.r:b.w]
			b.r = b.w
			err = b.readErr()
			break
		}
		if b.w-b.r >= len(b.buf) {
			b.r = b.w
			line = b.buf
			err = bufioErr(t, "ErrBufferFull")
			break
		}
		s = b.w - b.r
		b.fill(t)
	}
	if i := len(line) - 1; i >= 0 {
		b.lastByte = int(line[i])
		b.lastRuneSize = -1
	}
	return bytes.Clone(line), err
}

// collect is Go's collectFragments; the full buffers it has gathered stay
// in the goroutine's resume state while a read blocks.
func (b *breader) collect(t *interp.Thread, delim byte) ([]byte, interp.Value) {
	full, _ := takeResume(t).([]byte)
	for {
		saveResume(t, full)
		frag, e := b.readSlice(t, delim)
		full = append(full, frag...)
		if e.R == nil {
			return full, e
		}
		if !isErr(t, e, "bufio", "ErrBufferFull") {
			return full, e
		}
	}
}

func (b *breader) read(t *interp.Thread, p []byte) (int, interp.Value) {
	n := len(p)
	if n == 0 {
		if b.w-b.r > 0 {
			return 0, interp.Value{}
		}
		return 0, b.readErr()
	}
	if b.r == b.w {
		if b.err.R != nil {
			return 0, b.readErr()
		}
		if len(p) >= len(b.buf) {
			n, b.err = ioRead(t, b.rd, p)
			if n < 0 {
				panicStr(t, "bufio: reader returned negative count from Read")
			}
			if n > 0 {
				b.lastByte = int(p[n-1])
				b.lastRuneSize = -1
			}
			return n, b.readErr()
		}
		b.r, b.w = 0, 0
		n, b.err = ioRead(t, b.rd, b.buf)
		if n < 0 {
			panicStr(t, "bufio: reader returned negative count from Read")
		}
		if n == 0 {
			return 0, b.readErr()
		}
		b.w += n
	}
	n = copy(p, b.buf[b.r:b.w])
	b.r += n
	b.lastByte = int(b.buf[b.r-1])
	b.lastRuneSize = -1
	return n, interp.Value{}
}

func newBReader(t *interp.Thread, rd interp.Value, size int) interp.Value {
	if i := rd.Iface(); i != nil && i.T.Name == "*bufio.Reader" {
		if b, ok := i.V.Ptr().Elems()[0].R.(*breader); ok && len(b.buf) >= size {
			return i.V
		}
	}
	size = max(size, minReadBufferSize)
	t.Alloc(int64(size))
	b := new(breader)
	b.reset(make([]byte, size), rd)
	return newHostState(t, "bufio", "Reader", b)
}

func init() {
	interp.Register("bufio.NewReader", func(t *interp.Thread, args []interp.Value) interp.Value {
		return newBReader(t, args[0], defaultBufSize)
	})
	interp.Register("bufio.NewReaderSize", func(t *interp.Thread, args []interp.Value) interp.Value {
		return newBReader(t, args[0], int(args[1].Int()))
	})
	rd := func(name string, restart bool, f func(t *interp.Thread, b *breader, args []interp.Value) interp.Value) {
		n := func(t *interp.Thread, args []interp.Value) interp.Value {
			return f(t, hostState[breader](t, args), args)
		}
		if restart {
			n = restartable(n)
		}
		interp.Register("(*bufio.Reader)."+name, n)
	}
	rd("Size", false, func(t *interp.Thread, b *breader, args []interp.Value) interp.Value {
		return interp.Int(int64(len(b.buf)))
	})
	rd("Buffered", false, func(t *interp.Thread, b *breader, args []interp.Value) interp.Value {
		return interp.Int(int64(b.w - b.r))
	})
	// Reset also makes a zero Reader usable, as in Go.
	interp.Register("(*bufio.Reader).Reset", func(t *interp.Thread, args []interp.Value) interp.Value {
		f := recvFields(t, args)
		b, ok := f[0].R.(*breader)
		if !ok {
			b = new(breader)
			f[0] = interp.Value{R: b}
		}
		if b.buf == nil {
			b.buf = make([]byte, defaultBufSize)
		}
		b.reset(b.buf, args[1])
		return interp.Value{}
	})
	rd("Read", true, func(t *interp.Thread, b *breader, args []interp.Value) interp.Value {
		p := args[1].Elems()
		buf := make([]byte, len(p))
		n, err := b.read(t, buf)
		intoBytes(p, buf[:n])
		return nr(n, err)
	})
	rd("ReadByte", true, func(t *interp.Thread, b *breader, args []interp.Value) interp.Value {
		b.lastRuneSize = -1
		for b.r == b.w {
			if b.err.R != nil {
				return interp.Tuple(interp.Uint(0), b.readErr())
			}
			b.fill(t)
		}
		c := b.buf[b.r]
		b.r++
		b.lastByte = int(c)
		return interp.Tuple(interp.Uint(uint64(c)), interp.Value{})
	})
	rd("UnreadByte", false, func(t *interp.Thread, b *breader, args []interp.Value) interp.Value {
		if b.lastByte < 0 || b.r == 0 && b.w > 0 {
			return bufioErr(t, "ErrInvalidUnreadByte")
		}
		if b.r > 0 {
			b.r--
		} else {
			b.w = 1
		}
		b.buf[b.r] = byte(b.lastByte)
		b.lastByte, b.lastRuneSize = -1, -1
		return interp.Value{}
	})
	rd("ReadRune", true, func(t *interp.Thread, b *breader, args []interp.Value) interp.Value {
		for b.r+utf8.UTFMax > b.w && !utf8.FullRune(b.buf[b.r:b.w]) && b.err.R == nil && b.w-b.r < len(b.buf) {
			b.fill(t)
		}
		b.lastRuneSize = -1
		if b.r == b.w {
			return interp.Tuple(interp.Int(0), interp.Int(0), b.readErr())
		}
		r, size := rune(b.buf[b.r]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(b.buf[b.r:b.w])
		}
		b.r += size
		b.lastByte = int(b.buf[b.r-1])
		b.lastRuneSize = size
		return interp.Tuple(interp.Int(int64(r)), interp.Int(int64(size)), interp.Value{})
	})
	rd("UnreadRune", false, func(t *interp.Thread, b *breader, args []interp.Value) interp.Value {
		if b.lastRuneSize < 0 || b.r < b.lastRuneSize {
			return bufioErr(t, "ErrInvalidUnreadRune")
		}
		b.r -= b.lastRuneSize
		b.lastByte, b.lastRuneSize = -1, -1
		return interp.Value{}
	})
	rd("Peek", true, func(t *interp.Thread, b *breader, args []interp.Value) interp.Value {
		n := int(args[1].Int())
		if n < 0 {
			return interp.Tuple(interp.Value{}, bufioErr(t, "ErrNegativeCount"))
		}
		b.lastByte, b.lastRuneSize = -1, -1
		for b.w-b.r < n && b.w-b.r < len(b.buf) && b.err.R == nil {
			b.fill(t)
		}
		if n > len(b.buf) {
			return interp.Tuple(interp.MakeBytes(b.buf[b.r:b.w]), bufioErr(t, "ErrBufferFull"))
		}
		var err interp.Value
		if avail := b.w - b.r; avail < n {
			n = avail
			err = b.readErr()
			if err.R == nil {
				err = bufioErr(t, "ErrBufferFull")
			}
		}
		return interp.Tuple(interp.MakeBytes(b.buf[b.r:b.r+n]), err)
	})
	rd("Discard", false, func(t *interp.Thread, b *breader, args []interp.Value) interp.Value {
		n := int(args[1].Int())
		if n < 0 {
			return nr(0, bufioErr(t, "ErrNegativeCount"))
		}
		if n == 0 {
			return nr(0, interp.Value{})
		}
		b.lastByte, b.lastRuneSize = -1, -1
		remain := n
		for {
			skip := b.w - b.r
			if skip == 0 {
				b.fill(t)
				skip = b.w - b.r
			}
			skip = min(skip, remain)
			b.r += skip
			remain -= skip
			if remain == 0 {
				return nr(n, interp.Value{})
			}
			if b.err.R != nil {
				return nr(n-remain, b.readErr())
			}
		}
	})
	rd("ReadSlice", true, func(t *interp.Thread, b *breader, args []interp.Value) interp.Value {
		line, err := b.readSlice(t, byte(args[1].N))
		return interp.Tuple(bytesOrNil(line), err)
	})
	rd("ReadLine", true, func(t *interp.Thread, b *breader, args []interp.Value) interp.Value {
		line, err := b.readSlice(t, '\n')
		if isErr(t, err, "bufio", "ErrBufferFull") {
			if len(line) > 0 && line[len(line)-1] == '\r' {
				b.r--
				line = line[:len(line)-1]
			}
			return interp.Tuple(interp.MakeBytes(line), interp.Bool(true), interp.Value{})
		}
		if len(line) == 0 {
			if err.R != nil {
				return interp.Tuple(interp.Value{}, interp.Bool(false), err)
			}
			return interp.Tuple(interp.MakeBytes(line), interp.Bool(false), err)
		}
		if line[len(line)-1] == '\n' {
			drop := 1
			if len(line) > 1 && line[len(line)-2] == '\r' {
				drop = 2
			}
			line = line[:len(line)-drop]
		}
		return interp.Tuple(interp.MakeBytes(line), interp.Bool(false), interp.Value{})
	})
	rd("ReadBytes", true, func(t *interp.Thread, b *breader, args []interp.Value) interp.Value {
		line, err := b.collect(t, byte(args[1].N))
		return interp.Tuple(interp.MakeBytes(line), err)
	})
	rd("ReadString", true, func(t *interp.Thread, b *breader, args []interp.Value) interp.Value {
		line, err := b.collect(t, byte(args[1].N))
		return interp.Tuple(interp.String(string(line)), err)
	})
	rd("WriteTo", false, func(t *interp.Thread, b *breader, args []interp.Value) interp.Value {
		b.lastByte, b.lastRuneSize = -1, -1
		var total int64
		writeBuf := func() interp.Value {
			n, err := ioWrite(t, args[1], b.buf[b.r:b.w])
			if n < 0 {
				panicStr(t, "bufio: writer returned negative count from Write")
			}
			b.r += n
			total += int64(n)
			return err
		}
		if err := writeBuf(); err.R != nil {
			return interp.Tuple(interp.Int(total), err)
		}
		if b.w-b.r < len(b.buf) {
			b.fill(t)
		}
		for b.r < b.w {
			if err := writeBuf(); err.R != nil {
				return interp.Tuple(interp.Int(total), err)
			}
			b.fill(t)
		}
		if isErr(t, b.err, "io", "EOF") {
			b.err = interp.Value{}
		}
		return interp.Tuple(interp.Int(total), b.readErr())
	})
	hostReaders["*bufio.Reader"] = func(t *interp.Thread, v interp.Value, p []byte) (int, interp.Value) {
		return hostState[breader](t, []interp.Value{v}).read(t, p)
	}
}

// A bwriter is a bufio.Writer.
type bwriter struct {
	err interp.Value
	buf []byte
	n   int
	wr  interp.Value // io.Writer
}

func (b *bwriter) flush(t *interp.Thread) interp.Value {
	if b.err.R != nil {
		return b.err
	}
	if b.n == 0 {
		return interp.Value{}
	}
	n, err := ioWrite(t, b.wr, b.buf[:b.n])
	if n < b.n && err.R == nil {
		err = libErr(t, "io", "ErrShortWrite")
	}
	if err.R != nil {
		if n > 0 && n < b.n {
			copy(b.buf[0:b.n-n], b.buf[n:b.n])
		}
		b.n -= n
		b.err = err
		return err
	}
	b.n = 0
	return interp.Value{}
}

func (b *bwriter) write(t *interp.Thread, p []byte) (int, interp.Value) {
	nn := 0
	for len(p) > len(b.buf)-b.n && b.err.R == nil {
		var n int
		if b.n == 0 {
			n, b.err = ioWrite(t, b.wr, p)
		} else {
			n = copy(b.buf[b.n:], p)
			b.n += n
			b.flush(t)
		}
		nn += n
		p = p[n:]
	}
	if b.err.R != nil {
		return nn, b.err
	}
	n := copy(b.buf[b.n:], p)
	b.n += n
	return nn + n, interp.Value{}
}

func (b *bwriter) writeString(t *interp.Thread, s string) (int, interp.Value) {
	nn := 0
	sw := hasMethod(b.wr, "WriteString")
	for len(s) > len(b.buf)-b.n && b.err.R == nil {
		var n int
		if b.n == 0 && sw {
			n, b.err = ioWriteString(t, b.wr, s)
		} else {
			n = copy(b.buf[b.n:], s)
			b.n += n
			b.flush(t)
		}
		nn += n
		s = s[n:]
	}
	if b.err.R != nil {
		return nn, b.err
	}
	n := copy(b.buf[b.n:], s)
	b.n += n
	return nn + n, interp.Value{}
}

func (b *bwriter) writeByte(t *interp.Thread, c byte) interp.Value {
	if b.err.R != nil {
		return b.err
	}
	if len(b.buf)-b.n <= 0 && b.flush(t).R != nil {
		return b.err
	}
	b.buf[b.n] = c
	b.n++
	return interp.Value{}
}

func newBWriter(t *interp.Thread, w interp.Value, size int) interp.Value {
	if i := w.Iface(); i != nil && i.T.Name == "*bufio.Writer" {
		if b, ok := i.V.Ptr().Elems()[0].R.(*bwriter); ok && len(b.buf) >= size {
			return i.V
		}
	}
	if size <= 0 {
		size = defaultBufSize
	}
	t.Alloc(int64(size))
	return newHostState(t, "bufio", "Writer", &bwriter{buf: make([]byte, size), wr: w})
}

func init() {
	interp.Register("bufio.NewWriter", func(t *interp.Thread, args []interp.Value) interp.Value {
		return newBWriter(t, args[0], defaultBufSize)
	})
	interp.Register("bufio.NewWriterSize", func(t *interp.Thread, args []interp.Value) interp.Value {
		return newBWriter(t, args[0], int(args[1].Int()))
	})
	interp.Register("bufio.NewReadWriter", func(t *interp.Thread, args []interp.Value) interp.Value {
		return interp.Value{R: &interp.Value{R: []interp.Value{args[0], args[1]}}}
	})
	wr := func(name string, restart bool, f func(t *interp.Thread, b *bwriter, args []interp.Value) interp.Value) {
		n := func(t *interp.Thread, args []interp.Value) interp.Value {
			return f(t, hostState[bwriter](t, args), args)
		}
		if restart {
			n = restartable(n)
		}
		interp.Register("(*bufio.Writer)."+name, n)
	}
	wr("Flush", true, func(t *interp.Thread, b *bwriter, args []interp.Value) interp.Value {
		return b.flush(t)
	})
	wr("Size", false, func(t *interp.Thread, b *bwriter, args []interp.Value) interp.Value {
		return interp.Int(int64(len(b.buf)))
	})
	wr("Available", false, func(t *interp.Thread, b *bwriter, args []interp.Value) interp.Value {
		return interp.Int(int64(len(b.buf) - b.n))
	})
	wr("AvailableBuffer", false, func(t *interp.Thread, b *bwriter, args []interp.Value) interp.Value {
		return interp.Value{R: make([]interp.Value, 0, len(b.buf)-b.n)}
	})
	wr("Buffered", false, func(t *interp.Thread, b *bwriter, args []interp.Value) interp.Value {
		return interp.Int(int64(b.n))
	})
	// Reset also makes a zero Writer usable, as in Go.
	interp.Register("(*bufio.Writer).Reset", func(t *interp.Thread, args []interp.Value) interp.Value {
		f := recvFields(t, args)
		b, ok := f[0].R.(*bwriter)
		if !ok {
			b = new(bwriter)
			f[0] = interp.Value{R: b}
		}
		if b.buf == nil {
			b.buf = make([]byte, defaultBufSize)
		}
		b.err, b.n, b.wr = interp.Value{}, 0, args[1]
		return interp.Value{}
	})
	wr("Write", false, func(t *interp.Thread, b *bwriter, args []interp.Value) interp.Value {
		return nr(b.write(t, interp.BytesOf(args[1])))
	})
	wr("WriteString", false, func(t *interp.Thread, b *bwriter, args []interp.Value) interp.Value {
		return nr(b.writeString(t, args[1].Str()))
	})
	wr("WriteByte", false, func(t *interp.Thread, b *bwriter, args []interp.Value) interp.Value {
		return b.writeByte(t, byte(args[1].N))
	})
	wr("WriteRune", false, func(t *interp.Thread, b *bwriter, args []interp.Value) interp.Value {
		r := rune(args[1].Int())
		if uint32(r) < utf8.RuneSelf {
			if err := b.writeByte(t, byte(r)); err.R != nil {
				return nr(0, err)
			}
			return nr(1, interp.Value{})
		}
		if b.err.R != nil {
			return nr(0, b.err)
		}
		if len(b.buf)-b.n < utf8.UTFMax {
			if b.flush(t); b.err.R != nil {
				return nr(0, b.err)
			}
			if len(b.buf)-b.n < utf8.UTFMax {
				return nr(b.writeString(t, string(r)))
			}
		}
		size := utf8.EncodeRune(b.buf[b.n:], r)
		b.n += size
		return nr(size, interp.Value{})
	})
	wr("ReadFrom", false, func(t *interp.Thread, b *bwriter, args []interp.Value) interp.Value {
		if b.err.R != nil {
			return interp.Tuple(interp.Int(0), b.err)
		}
		var total int64
		var err interp.Value
		for {
			if len(b.buf)-b.n == 0 {
				if err1 := b.flush(t); err1.R != nil {
					return interp.Tuple(interp.Int(total), err1)
				}
			}
			var m, tries int
			for tries < maxConsecutiveEmptyReads {
				m, err = ioRead(t, args[1], b.buf[b.n:])
				if m != 0 || err.R != nil {
					break
				}
				tries++
			}
			if tries == maxConsecutiveEmptyReads {
				return interp.Tuple(interp.Int(total), libErr(t, "io", "ErrNoProgress"))
			}
			b.n += m
			total += int64(m)
			if err.R != nil {
				break
			}
		}
		if isErr(t, err, "io", "EOF") {
			if len(b.buf)-b.n == 0 {
				err = b.flush(t)
			} else {
				err = interp.Value{}
			}
		}
		return interp.Tuple(interp.Int(total), err)
	})
	hostWriters["*bufio.Writer"] = func(t *interp.Thread, v interp.Value, p []byte) (int, interp.Value) {
		return hostState[bwriter](t, []interp.Value{v}).write(t, p)
	}
}
