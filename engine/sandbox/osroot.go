// osroot.go: os.Root, a directory whose methods cannot reach outside it,
// over the file system of osfs.go.

package sandbox

import (
	"io/fs"
	"path"
	"strings"

	"interleave/engine/interp"
)

// A rootState is the host state of an *os.Root (held where its *os.root
// would be).
type rootState struct {
	name   string // as opened: the prefix of the names of its files
	closed bool
}

// escapes reports whether name leaves the root: absolute, or climbing
// above it with "..".
func escapes(name string) bool {
	if strings.HasPrefix(name, "/") {
		return true
	}
	c := path.Clean(name)
	return c == ".." || strings.HasPrefix(c, "../")
}

// atErr renames the error of an operation done for a Root as Go reports
// it: op "openat" and the name relative to the root.
func atErr(err interp.Value, op string, names ...string) interp.Value {
	i := err.Iface()
	if i == nil {
		return err
	}
	f := i.V.Ptr().Elems()
	switch i.T.Name {
	case "*fs.PathError":
		f[0], f[1] = interp.String(op), interp.String(names[0])
	case "*os.LinkError":
		f[0], f[1], f[2] = interp.String(op), interp.String(names[0]), interp.String(names[1])
	}
	return err
}

func openRoot(t *interp.Thread, name string) (interp.Value, interp.Value) {
	n, e := fsOf(t.Machine()).lookup(name)
	if e == 0 && !n.dir {
		e = eNOTDIR
	}
	if e != 0 {
		return interp.Value{}, pathErrno(t, "open", name, e)
	}
	cell := interp.Zero(t.Machine().LookupType("os", "Root"))
	cell.Elems()[0] = interp.Value{R: &rootState{name: name}}
	return interp.Value{R: &cell}, interp.Value{}
}

func init() {
	interp.Register("os.OpenRoot", func(t *interp.Thread, args []interp.Value) interp.Value {
		r, err := openRoot(t, args[0].Str())
		return interp.Tuple(r, err)
	})
	// method registers a Root method: f gets the root and the full name
	// of args[1] (after the checks every method makes).
	method := func(name, op string, results int, f func(t *interp.Thread, r *rootState, full string, args []interp.Value) interp.Value) {
		interp.Register("(*os.Root)."+name, func(t *interp.Thread, args []interp.Value) interp.Value {
			r, ok := recvFields(t, args)[0].R.(*rootState)
			if !ok {
				t.NilDeref()
			}
			fail := func(err interp.Value) interp.Value {
				if results == 1 {
					return err
				}
				vs := make([]interp.Value, results)
				vs[results-1] = err
				return interp.Tuple(vs...)
			}
			rel := args[1].Str()
			if r.closed {
				return fail(pathError(t, op, rel, libErr(t, "io/fs", "ErrClosed")))
			}
			if escapes(rel) {
				return fail(pathError(t, op, rel, newError(t.Machine(), "path escapes from parent")))
			}
			return f(t, r, r.name+"/"+rel, args)
		})
	}
	file := func(t *interp.Thread, rel, full string, flag int, perm fs.FileMode) interp.Value {
		of, err := openFile(t, full, flag, perm)
		if of == nil {
			return interp.Tuple(interp.Value{}, atErr(err, "openat", rel))
		}
		return interp.Tuple(fileValue(of), interp.Value{})
	}
	method("Open", "openat", 2, func(t *interp.Thread, r *rootState, full string, args []interp.Value) interp.Value {
		return file(t, args[1].Str(), full, 0, 0)
	})
	method("Create", "openat", 2, func(t *interp.Thread, r *rootState, full string, args []interp.Value) interp.Value {
		return file(t, args[1].Str(), full, oRDWR|oCREATE|oTRUNC, 0o666)
	})
	method("OpenFile", "openat", 2, func(t *interp.Thread, r *rootState, full string, args []interp.Value) interp.Value {
		return file(t, args[1].Str(), full, int(args[2].Int()), fs.FileMode(args[3].N))
	})
	method("OpenRoot", "openat", 2, func(t *interp.Thread, r *rootState, full string, args []interp.Value) interp.Value {
		sub, err := openRoot(t, full)
		return interp.Tuple(sub, err)
	})
	method("ReadFile", "openat", 2, func(t *interp.Thread, r *rootState, full string, args []interp.Value) interp.Value {
		of, err := openFile(t, full, 0, 0)
		if of == nil {
			return interp.Tuple(interp.Value{}, atErr(err, "openat", args[1].Str()))
		}
		if of.node.dir {
			return interp.Tuple(interp.Value{}, pathErrno(t, "read", of.name, eISDIR))
		}
		return interp.Tuple(interp.MakeBytes(of.node.data), interp.Value{})
	})
	method("WriteFile", "openat", 1, func(t *interp.Thread, r *rootState, full string, args []interp.Value) interp.Value {
		of, err := openFile(t, full, oWRONLY|oCREATE|oTRUNC, fs.FileMode(args[3].N))
		if of == nil {
			return atErr(err, "openat", args[1].Str())
		}
		_, err = of.writeFile(t, interp.BytesOf(args[2]))
		return err
	})
	method("Mkdir", "mkdirat", 1, func(t *interp.Thread, r *rootState, full string, args []interp.Value) interp.Value {
		return atErr(mkdir(t, full, fs.FileMode(args[2].N)), "mkdirat", args[1].Str())
	})
	method("MkdirAll", "mkdirat", 1, func(t *interp.Thread, r *rootState, full string, args []interp.Value) interp.Value {
		return atErr(mkdirAll(t, full, fs.FileMode(args[2].N)), "mkdirat", args[1].Str())
	})
	// The os functions do the rest; their errors are renamed.
	viaOS := func(name, op, osName string, results int) {
		method(name, op, results, func(t *interp.Thread, r *rootState, full string, args []interp.Value) interp.Value {
			osArgs := append([]interp.Value{interp.String(full)}, args[2:]...)
			res := t.CallFunc(osFunc(t, osName), nil, osArgs...)
			if results == 1 {
				return atErr(res, op, args[1].Str())
			}
			vs := res.Elems()
			vs[results-1] = atErr(vs[results-1], op, args[1].Str())
			return res
		})
	}
	viaOS("Remove", "removeat", "Remove", 1)
	viaOS("RemoveAll", "removeat", "RemoveAll", 1)
	viaOS("Stat", "statat", "Stat", 2)
	viaOS("Lstat", "statat", "Lstat", 2)
	viaOS("Chmod", "chmodat", "Chmod", 1)
	viaOS("Chown", "chownat", "Chown", 1)
	viaOS("Lchown", "lchownat", "Lchown", 1)
	viaOS("Chtimes", "chtimesat", "Chtimes", 1)
	viaOS("Readlink", "readlinkat", "Readlink", 2)
	twoNames := func(name, op, osName string) {
		method(name, op, 1, func(t *interp.Thread, r *rootState, full string, args []interp.Value) interp.Value {
			newRel := args[2].Str()
			if escapes(newRel) {
				return pathError(t, op, newRel, newError(t.Machine(), "path escapes from parent"))
			}
			res := t.CallFunc(osFunc(t, osName), nil, interp.String(full), interp.String(r.name+"/"+newRel))
			return atErr(res, op, args[1].Str(), newRel)
		})
	}
	twoNames("Rename", "renameat", "Rename")
	twoNames("Link", "linkat", "Link")
	interp.Register("(*os.Root).Name", func(t *interp.Thread, args []interp.Value) interp.Value {
		r, ok := recvFields(t, args)[0].R.(*rootState)
		if !ok {
			t.NilDeref()
		}
		return interp.String(r.name)
	})
	interp.Register("(*os.Root).Close", func(t *interp.Thread, args []interp.Value) interp.Value {
		r, ok := recvFields(t, args)[0].R.(*rootState)
		if !ok {
			t.NilDeref()
		}
		r.closed = true
		return interp.Value{}
	})
	// FS is os.DirFS of the root's name.
	interp.Register("(*os.Root).FS", func(t *interp.Thread, args []interp.Value) interp.Value {
		r, ok := recvFields(t, args)[0].R.(*rootState)
		if !ok {
			t.NilDeref()
		}
		return t.CallFunc(osFunc(t, "DirFS"), nil, interp.String(r.name))
	})
	interp.Register("os.OpenInRoot", func(t *interp.Thread, args []interp.Value) interp.Value {
		dir, name := args[0].Str(), args[1].Str()
		if escapes(name) {
			return interp.Tuple(interp.Value{}, pathError(t, "openat", name, newError(t.Machine(), "path escapes from parent")))
		}
		if _, err := openRoot(t, dir); err.R != nil {
			return interp.Tuple(interp.Value{}, err)
		}
		of, err := openFile(t, dir+"/"+name, 0, 0)
		if of == nil {
			return interp.Tuple(interp.Value{}, atErr(err, "openat", name))
		}
		return interp.Tuple(fileValue(of), interp.Value{})
	})
}

// osNatives are the natives of package os that Root's methods reuse.
var osNatives = map[string]interp.Native{}

// registerOS registers the native of os.name, and keeps it for Root.
func registerOS(name string, f interp.Native) {
	osNatives[name] = f
	interp.Register("os."+name, f)
}

// osFunc returns the native of os.name as a function to call.
func osFunc(t *interp.Thread, name string) *interp.Func {
	return interp.NativeFunc("os."+name, osNatives[name])
}
