// log.go: package log — the standard logger and *log.Logger: Print, Fatal
// (write, then exit status 1 as os.Exit(1): deferred calls do not run),
// Panic (write, then panic with the message), Output, the flags and the
// prefix, formatted as Go's log.go formats them.
//
// A Logger's state (writer, prefix, flags) lives in a side table of the run
// keyed by the Logger's address, as the sync primitives' does; a zero
// Logger has no writer, flags 0 and no prefix, as in Go. The standard
// logger is one Logger per run, made on first use, writing to the
// os.Stderr the program started with. The date and time come from the
// machine's virtual clock (time.Now), in UTC (the sandbox's Local); file
// and line from the program's frames, as runtime.Caller reports them.

package sandbox

import (
	"go/types"

	"interleave/engine/interp"
)

// The flags of Go's log package.
const (
	lDate = 1 << iota
	lTime
	lMicroseconds
	lLongfile
	lShortfile
	lUTC
	lMsgprefix
	lStdFlags = lDate | lTime
)

// logGoFile is the path of Go's log.go, where Output(0, s) reports its
// caller (the frame of Output itself).
const logGoFile = "/usr/local/go/src/log/log.go"

// Lines of Go 1.26's log.go: the output call in (*Logger).Output and in
// Output (the caller Output(0, s) reports), and the runtime.Caller call in
// output (what Output(-1, s) reports).
const (
	logLineLoggerOutput = 194
	logLineOutput       = 480
	logLineCaller       = 218
)

// Where Go 1.26's runtime.Caller places the frames below the program's:
// runtime.main's call of main.main, and runtime.goexit.
const (
	goRuntimeMain       = "/usr/local/go/src/runtime/proc.go"
	goRuntimeMainLine   = 290
	goRuntimeGoexit     = "/usr/local/go/src/runtime/asm_amd64.s"
	goRuntimeGoexitLine = 1771
)

// A logger is the state of one *log.Logger.
type logger struct {
	out    interp.Value // the io.Writer; a nil interface for a zero Logger
	prefix string
	flag   int
}

// logState is the run's loggers.
type logState struct {
	loggers map[*interp.Value]*logger
	std     *interp.Value // the standard logger's cell, once made
}

type logKey struct{}

func logOf(t *interp.Thread) *logState {
	return t.Machine().State(logKey{}, func() any {
		return &logState{loggers: make(map[*interp.Value]*logger)}
	}).(*logState)
}

// logger returns the state of the Logger at p.
func (s *logState) logger(p *interp.Value) *logger {
	return stateOf(s.loggers, p, func() *logger { return &logger{} })
}

// stdCell returns the cell of the standard logger, made on first use as
// Go's log makes it: New(os.Stderr, "", LstdFlags).
func (s *logState) stdCell(t *interp.Thread) *interp.Value {
	if s.std == nil {
		m := t.Machine()
		cell := new(interp.Value)
		*cell = interp.Zero(m.LookupType("log", "Logger"))
		s.loggers[cell] = &logger{out: stderrWriter(t), flag: lStdFlags}
		s.std = cell
	}
	return s.std
}

// stderrWriter returns the *os.File the program's os.Stderr held at the
// start, as an io.Writer.
func stderrWriter(t *interp.Thread) interp.Value {
	m := t.Machine()
	g := m.Global("os", "Stderr")
	if g == nil {
		panic("sandbox: log without os.Stderr")
	}
	orig := g.Ptr()
	for cell, fd := range fileTable(m) {
		if fd == 2 {
			orig = cell
			break
		}
	}
	ft := m.TypeOf(types.NewPointer(m.LookupType("os", "File").T))
	return interp.MakeIface(ft, interp.Value{R: orig})
}

// loggerPtr returns the *Logger receiver args[0], raising Go's nil
// dereference for a nil one.
func loggerPtr(t *interp.Thread, args []interp.Value) *logger {
	return logOf(t).logger(syncPtr(t, args))
}

// stdLogger returns the standard logger's state.
func stdLogger(t *interp.Thread) *logger {
	s := logOf(t)
	return s.loggers[s.stdCell(t)]
}

// logItoa is log's itoa: i in decimal, zero-padded to wid digits.
func logItoa(buf []byte, i int, wid int) []byte {
	var b [20]byte
	bp := len(b) - 1
	for i >= 10 || wid > 1 {
		wid--
		q := i / 10
		b[bp] = byte('0' + i - q*10)
		bp--
		i = q
	}
	b[bp] = byte('0' + i)
	return append(buf, b[bp:]...)
}

// logHeader is log's formatHeader at virtual time now for a call whose
// caller is at file:line.
func logHeader(t *interp.Thread, prefix string, flag int, file string, line int) []byte {
	var buf []byte
	if flag&lMsgprefix == 0 {
		buf = append(buf, prefix...)
	}
	if flag&(lDate|lTime|lMicroseconds) != 0 {
		tm := now(t.Machine()) // the sandbox's Local is UTC
		if flag&lDate != 0 {
			year, month, day := tm.Date()
			buf = logItoa(buf, year, 4)
			buf = append(buf, '/')
			buf = logItoa(buf, int(month), 2)
			buf = append(buf, '/')
			buf = logItoa(buf, day, 2)
			buf = append(buf, ' ')
		}
		if flag&(lTime|lMicroseconds) != 0 {
			hour, min, sec := tm.Clock()
			buf = logItoa(buf, hour, 2)
			buf = append(buf, ':')
			buf = logItoa(buf, min, 2)
			buf = append(buf, ':')
			buf = logItoa(buf, sec, 2)
			if flag&lMicroseconds != 0 {
				buf = append(buf, '.')
				buf = logItoa(buf, tm.Nanosecond()/1e3, 6)
			}
			buf = append(buf, ' ')
		}
	}
	if flag&(lShortfile|lLongfile) != 0 {
		if flag&lShortfile != 0 {
			short := file
			for i := len(file) - 1; i > 0; i-- {
				if file[i] == '/' {
					short = file[i+1:]
					break
				}
			}
			file = short
		}
		buf = append(buf, file...)
		buf = append(buf, ':')
		buf = logItoa(buf, line, -1)
		buf = append(buf, ": "...)
	}
	if flag&lMsgprefix != 0 {
		buf = append(buf, prefix...)
	}
	return buf
}

// logCaller reports the file and line log's output finds with
// runtime.Caller(depth), depth counted as in Go's log.go: 2 is the caller
// of the log function (Print, Output) the program called, the frame the
// native sees as its caller. fn is the log function (for depths inside it):
// "Output" or "(*Logger).Output".
func logCaller(t *interp.Thread, depth int, fn string) (string, int) {
	switch {
	case depth >= 2:
		skip := depth - 2
		if _, pos, ok := t.Caller(skip); ok {
			return "/tmp/" + pos.Filename, pos.Line
		}
		// Past the program's frames: Go's runtime.main (below main.main)
		// and runtime.goexit (at the bottom of every goroutine).
		n, bottom := 0, ""
		for {
			fn, _, ok := t.Caller(n)
			if !ok {
				break
			}
			n, bottom = n+1, fn
		}
		beyond := skip - n
		if bottom == "main.main" {
			if beyond == 0 {
				return goRuntimeMain, goRuntimeMainLine
			}
			beyond--
		}
		if beyond == 0 {
			return goRuntimeGoexit, goRuntimeGoexitLine
		}
		return "???", 0
	case depth == 1 && fn == "Output":
		return logGoFile, logLineOutput
	case depth == 1:
		return logGoFile, logLineLoggerOutput
	case depth == 0:
		return logGoFile, logLineCaller
	}
	return "???", 0
}

// isDiscard reports whether w is io.Discard.
func isDiscard(w interp.Value) bool {
	i := w.Iface()
	return i != nil && i.T.Name == "io.discard"
}

// logged is what a logging native had done before its write blocked: the
// line, and the message it panics with.
type logged struct {
	line []byte
	msg  string
}

// logOutput is log's output: the header, the message msg appends (called
// only if the line is written), a newline if missing, written to l's
// writer. depth is output's calldepth in Go. It returns the write's error
// and the message as panicMsg gave it ("" without panicMsg).
//
// panicMsg, if not nil, makes the message before anything else (Panic's
// fmt.Sprint, called even when the logger discards).
func logOutput(t *interp.Thread, l *logger, depth int, fn string, msg func(p *pp), panicMsg func() string) (err interp.Value, pmsg string) {
	done, resumed := takeResume(t).(logged)
	if !resumed {
		if panicMsg != nil {
			done.msg = panicMsg()
		}
		if isDiscard(l.out) {
			return interp.Value{}, done.msg
		}
		var file string
		var line int
		if l.flag&(lShortfile|lLongfile) != 0 {
			file, line = logCaller(t, depth, fn)
		}
		buf := logHeader(t, l.prefix, l.flag, file, line)
		if panicMsg != nil {
			buf = append(buf, done.msg...)
		} else {
			p := newPrinter(t)
			msg(p)
			buf = append(buf, p.buf...)
		}
		if len(buf) == 0 || buf[len(buf)-1] != '\n' {
			buf = append(buf, '\n')
		}
		done.line = buf
	}
	saveResume(t, done)
	if l.out.Iface() == nil {
		t.NilDeref()
	}
	_, err = ioWrite(t, l.out, done.line)
	return err, done.msg
}

func init() {
	print := func(args []interp.Value) func(p *pp) {
		return func(p *pp) { p.doPrint(argList(args[0])) }
	}
	printf := func(args []interp.Value) func(p *pp) {
		return func(p *pp) { p.doPrintf(args[0].Str(), argList(args[1])) }
	}
	println := func(args []interp.Value) func(p *pp) {
		return func(p *pp) { p.doPrintln(argList(args[0])) }
	}
	// A logging function: std for the package's, else a method (args[0]
	// the receiver). What it does after writing: nothing, exit, panic.
	type after int
	const (
		returns after = iota
		exits
		panics
	)
	logFunc := func(name string, fmtArgs func(args []interp.Value) func(p *pp), kind string, then after) {
		for _, method := range []bool{false, true} {
			key := "log." + name
			if method {
				key = "(*log.Logger)." + name
			}
			interp.Register(key, restartable(func(t *interp.Thread, args []interp.Value) interp.Value {
				var l *logger
				if method {
					l = loggerPtr(t, args)
					args = args[1:]
				}
				if calledByProgram(t) && t.Preempt() {
					return interp.Value{}
				}
				if !method {
					l = stdLogger(t)
				}
				var panicMsg func() string
				if then == panics {
					panicMsg = func() string {
						p := newPrinter(t)
						switch kind {
						case "f":
							p.doPrintf(args[0].Str(), argList(args[1]))
						case "ln":
							p.doPrintln(argList(args[0]))
						default:
							p.doPrint(argList(args[0]))
						}
						return string(p.buf)
					}
				}
				_, msg := logOutput(t, l, 2, "", fmtArgs(args), panicMsg)
				switch then {
				case exits:
					t.Exit(1)
				case panics:
					libPanic(t, msg)
				}
				return interp.Value{}
			}))
		}
	}
	for _, f := range []struct {
		suffix string
		args   func(args []interp.Value) func(p *pp)
	}{{"", print}, {"f", printf}, {"ln", println}} {
		logFunc("Print"+f.suffix, f.args, f.suffix, returns)
		logFunc("Fatal"+f.suffix, f.args, f.suffix, exits)
		logFunc("Panic"+f.suffix, f.args, f.suffix, panics)
	}

	// Output(calldepth, s).
	output := func(t *interp.Thread, l *logger, args []interp.Value, fn string) interp.Value {
		s := args[1].Str()
		err, _ := logOutput(t, l, int(args[0].Int())+1, fn, func(p *pp) { p.buf.writeString(s) }, nil)
		return err
	}
	interp.Register("log.Output", restartable(func(t *interp.Thread, args []interp.Value) interp.Value {
		if calledByProgram(t) && t.Preempt() {
			return interp.Value{}
		}
		return output(t, stdLogger(t), args, "Output")
	}))
	interp.Register("(*log.Logger).Output", restartable(func(t *interp.Thread, args []interp.Value) interp.Value {
		l := loggerPtr(t, args)
		if calledByProgram(t) && t.Preempt() {
			return interp.Value{}
		}
		return output(t, l, args[1:], "(*Logger).Output")
	}))

	interp.Register("log.New", func(t *interp.Thread, args []interp.Value) interp.Value {
		m := t.Machine()
		cell := new(interp.Value)
		*cell = interp.Zero(m.LookupType("log", "Logger"))
		logOf(t).loggers[cell] = &logger{out: args[0], prefix: args[1].Str(), flag: int(int32(args[2].Int()))}
		return interp.Value{R: cell}
	})
	interp.Register("log.Default", func(t *interp.Thread, args []interp.Value) interp.Value {
		return interp.Value{R: logOf(t).stdCell(t)}
	})

	// The accessors, on the standard logger and on a *Logger.
	accessor := func(name string, f func(t *interp.Thread, l *logger, args []interp.Value) interp.Value) {
		interp.Register("log."+name, func(t *interp.Thread, args []interp.Value) interp.Value {
			return f(t, stdLogger(t), args)
		})
		interp.Register("(*log.Logger)."+name, func(t *interp.Thread, args []interp.Value) interp.Value {
			return f(t, loggerPtr(t, args), args[1:])
		})
	}
	accessor("SetOutput", func(t *interp.Thread, l *logger, args []interp.Value) interp.Value {
		l.out = args[0]
		return interp.Value{}
	})
	accessor("Writer", func(t *interp.Thread, l *logger, args []interp.Value) interp.Value {
		return l.out
	})
	accessor("SetFlags", func(t *interp.Thread, l *logger, args []interp.Value) interp.Value {
		l.flag = int(int32(args[0].Int())) // Go keeps the flags in an atomic.Int32
		return interp.Value{}
	})
	accessor("Flags", func(t *interp.Thread, l *logger, args []interp.Value) interp.Value {
		return interp.Int(int64(l.flag))
	})
	accessor("SetPrefix", func(t *interp.Thread, l *logger, args []interp.Value) interp.Value {
		l.prefix = args[0].Str()
		return interp.Value{}
	})
	accessor("Prefix", func(t *interp.Thread, l *logger, args []interp.Value) interp.Value {
		return interp.String(l.prefix)
	})
}
