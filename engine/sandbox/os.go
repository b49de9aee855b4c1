// os.go: the natives of package os: the standard files, Exit, Args and an
// empty environment.

package sandbox

import "interleave/engine/interp"

// files maps the cells of the *os.File values os.Stdout and os.Stderr to
// their file descriptors.
type files map[*interp.Value]int

type filesKey struct{}

func fileTable(m *interp.Machine) files {
	return m.State(filesKey{}, func() any { return files{} }).(files)
}

// fileFD reports the descriptor of w if it is os.Stdout or os.Stderr.
func fileFD(m *interp.Machine, w *interp.Iface) (int, bool) {
	if w.T.Kind != interp.KPointer {
		return 0, false
	}
	p := w.V.Ptr()
	if p == nil {
		return 0, false
	}
	fd, ok := fileTable(m)[p]
	return fd, ok
}

func init() {
	std := func(fd int) interp.GlobalInit {
		return func(m *interp.Machine, t *interp.Type) interp.Value {
			cell := new(interp.Value)
			*cell = interp.Zero(t.Elem)
			fileTable(m)[cell] = fd
			return interp.Value{R: cell}
		}
	}
	interp.RegisterGlobal("os.Stdin", std(0))
	interp.RegisterGlobal("os.Stdout", std(1))
	interp.RegisterGlobal("os.Stderr", std(2))
	interp.RegisterGlobal("os.Args", func(m *interp.Machine, t *interp.Type) interp.Value {
		return stringSlice(m.Args)
	})
	write := func(t *interp.Thread, f interp.Value, b []byte) interp.Value {
		if t.Preempt() {
			return interp.Value{}
		}
		fd, ok := fileTable(t.Machine())[f.Ptr()]
		if !ok || fd == 0 {
			t.Machine().Unsupported(t, "writing to this *os.File")
		}
		t.Write(fd, b)
		return interp.Tuple(interp.Int(int64(len(b))), interp.Value{})
	}
	interp.Register("(*os.File).Write", func(t *interp.Thread, args []interp.Value) interp.Value {
		return write(t, args[0], interp.BytesOf(args[1]))
	})
	interp.Register("(*os.File).WriteString", func(t *interp.Thread, args []interp.Value) interp.Value {
		return write(t, args[0], []byte(args[1].Str()))
	})
	interp.Register("os.Exit", func(t *interp.Thread, args []interp.Value) interp.Value {
		t.Exit(int(args[0].Int()))
		return interp.Value{}
	})
	interp.Register("os.Getenv", func(t *interp.Thread, args []interp.Value) interp.Value {
		return interp.Value{}
	})
	interp.Register("os.LookupEnv", func(t *interp.Thread, args []interp.Value) interp.Value {
		return interp.Tuple(interp.Value{}, interp.Bool(false))
	})
}
