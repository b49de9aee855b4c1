// os.go: the natives of package os: the standard files, Exit, Args, the
// environment and the process. Files are in osfs.go.

package sandbox

import (
	"go/types"
	"os"
	"slices"
	"strings"

	"interleave/engine/interp"
)

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
	interp.Register("os.Exit", func(t *interp.Thread, args []interp.Value) interp.Value {
		t.Exit(int(args[0].Int()))
		return interp.Value{}
	})
}

// The process the program sees: its environment starts empty (so
// os.UserHomeDir fails as Go does without $HOME), it runs as root (uid and
// gid 0) with pid 2 and parent 1, on host "playground", from the binary
// /tmp/sandbox/prog in the working directory /tmp/sandbox (osfs.go).
const (
	hostname   = "playground"
	pid        = 2
	executable = "/tmp/sandbox/prog"
)

// env is the run's environment: "key=value" in the order Environ returns.
type env struct{ kv []string }

type envKey struct{}

func envOf(m *interp.Machine) *env { return m.State(envKey{}, func() any { return &env{} }).(*env) }

func (e *env) lookup(key string) (string, bool) {
	for _, kv := range e.kv {
		if k, v, _ := strings.Cut(kv, "="); k == key {
			return v, true
		}
	}
	return "", false
}

func (e *env) get(key string) string { v, _ := e.lookup(key); return v }

func init() {
	interp.Register("os.Getenv", func(t *interp.Thread, args []interp.Value) interp.Value {
		return interp.String(envOf(t.Machine()).get(args[0].Str()))
	})
	interp.Register("os.LookupEnv", func(t *interp.Thread, args []interp.Value) interp.Value {
		v, ok := envOf(t.Machine()).lookup(args[0].Str())
		return interp.Tuple(interp.String(v), interp.Bool(ok))
	})
	interp.Register("os.Setenv", func(t *interp.Thread, args []interp.Value) interp.Value {
		e := envOf(t.Machine())
		key, val := args[0].Str(), args[1].Str()
		if key == "" || strings.ContainsAny(key, "=\x00") || strings.Contains(val, "\x00") {
			return syscallError(t, "setenv", errnoValue(t, eINVAL))
		}
		for i, kv := range e.kv {
			if k, _, _ := strings.Cut(kv, "="); k == key {
				e.kv[i] = key + "=" + val
				return interp.Value{}
			}
		}
		e.kv = append(e.kv, key+"="+val)
		return interp.Value{}
	})
	interp.Register("os.Unsetenv", func(t *interp.Thread, args []interp.Value) interp.Value {
		e := envOf(t.Machine())
		e.kv = slices.DeleteFunc(e.kv, func(kv string) bool { k, _, _ := strings.Cut(kv, "="); return k == args[0].Str() })
		return interp.Value{}
	})
	interp.Register("os.Clearenv", func(t *interp.Thread, args []interp.Value) interp.Value {
		envOf(t.Machine()).kv = nil
		return interp.Value{}
	})
	interp.Register("os.Environ", func(t *interp.Thread, args []interp.Value) interp.Value {
		kv := envOf(t.Machine()).kv
		return interp.Value{R: stringSlice(append([]string{}, kv...)).R}
	})
	interp.Register("os.ExpandEnv", func(t *interp.Thread, args []interp.Value) interp.Value {
		return interp.String(os.Expand(args[0].Str(), envOf(t.Machine()).get))
	})
	interp.Register("os.Expand", func(t *interp.Thread, args []interp.Value) interp.Value {
		return interp.String(os.Expand(args[0].Str(), func(k string) string {
			return t.Call(args[1], interp.String(k)).Str()
		}))
	})
	interp.Register("os.Hostname", func(t *interp.Thread, args []interp.Value) interp.Value {
		return interp.Tuple(interp.String(hostname), interp.Value{})
	})
	interp.Register("os.Executable", func(t *interp.Thread, args []interp.Value) interp.Value {
		return interp.Tuple(interp.String(executable), interp.Value{})
	})
	constant := func(name string, v int64) {
		interp.Register(name, func(t *interp.Thread, args []interp.Value) interp.Value { return interp.Int(v) })
	}
	constant("os.Getpid", pid)
	constant("os.Getppid", 1)
	constant("os.Getuid", 0)
	constant("os.Geteuid", 0)
	constant("os.Getgid", 0)
	constant("os.Getegid", 0)
	constant("os.Getpagesize", 4096)
	interp.Register("os.Getgroups", func(t *interp.Thread, args []interp.Value) interp.Value {
		return interp.Tuple(interp.Value{R: []interp.Value{interp.Int(0)}}, interp.Value{})
	})
	interp.Register("os.IsPathSeparator", func(t *interp.Thread, args []interp.Value) interp.Value {
		return interp.Bool(args[0].N == '/')
	})
	interp.Register("os.TempDir", func(t *interp.Thread, args []interp.Value) interp.Value {
		if d := envOf(t.Machine()).get("TMPDIR"); d != "" {
			return interp.String(d)
		}
		return interp.String("/tmp")
	})
	interp.Register("os.UserHomeDir", func(t *interp.Thread, args []interp.Value) interp.Value {
		if d := envOf(t.Machine()).get("HOME"); d != "" {
			return interp.Tuple(interp.String(d), interp.Value{})
		}
		return interp.Tuple(interp.Value{}, newError(t.Machine(), "$HOME is not defined"))
	})
	userDir := func(xdg, sub string) interp.Native {
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			e := envOf(t.Machine())
			if d := e.get(xdg); d != "" {
				if !strings.HasPrefix(d, "/") {
					return interp.Tuple(interp.Value{}, newError(t.Machine(), "path in $"+xdg+" is relative"))
				}
				return interp.Tuple(interp.String(d), interp.Value{})
			}
			if h := e.get("HOME"); h != "" {
				return interp.Tuple(interp.String(h+"/"+sub), interp.Value{})
			}
			return interp.Tuple(interp.Value{}, newError(t.Machine(), "neither $"+xdg+" nor $HOME are defined"))
		}
	}
	interp.Register("os.UserCacheDir", userDir("XDG_CACHE_HOME", ".cache"))
	interp.Register("os.UserConfigDir", userDir("XDG_CONFIG_HOME", ".config"))
}

// syscallError makes &os.SyscallError{name, err}.
func syscallError(t *interp.Thread, name string, err interp.Value) interp.Value {
	st := t.Machine().LookupType("os", "SyscallError")
	cell := &interp.Value{R: []interp.Value{interp.String(name), err}}
	return interp.MakeIface(t.Machine().TypeOf(types.NewPointer(st.T)), interp.Value{R: cell})
}
