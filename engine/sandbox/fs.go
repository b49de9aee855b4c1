// fs.go: the natives of package io/fs: ports of Go's helpers over any
// fs.FS (the program's own, or os.DirFS), and the formatting of FileInfo
// and DirEntry values.

package sandbox

import (
	"go/types"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"

	"interleave/engine/interp"
)

// call calls the method name of the interface value v.
func call(t *interp.Thread, v interp.Value, name string, args ...interp.Value) interp.Value {
	return callMethod(t, ifaceOf(t, v), name, args...)
}

// fsStat is fs.Stat: StatFS's Stat, or Open and Stat.
func fsStat(t *interp.Thread, fsys interp.Value, name string) (interp.Value, interp.Value) {
	if hasMethod(fsys, "Stat") {
		r := call(t, fsys, "Stat", interp.String(name)).Elems()
		return r[0], r[1]
	}
	r := call(t, fsys, "Open", interp.String(name)).Elems()
	if r[1].R != nil {
		return interp.Value{}, r[1]
	}
	defer call(t, r[0], "Close")
	s := call(t, r[0], "Stat").Elems()
	return s[0], s[1]
}

// fsReadDir is fs.ReadDir: ReadDirFS's ReadDir, or Open and ReadDir(-1),
// sorted by name.
func fsReadDir(t *interp.Thread, fsys interp.Value, name string) (interp.Value, interp.Value) {
	if hasMethod(fsys, "ReadDir") {
		r := call(t, fsys, "ReadDir", interp.String(name)).Elems()
		return r[0], r[1]
	}
	r := call(t, fsys, "Open", interp.String(name)).Elems()
	if r[1].R != nil {
		return interp.Value{}, r[1]
	}
	file := r[0]
	defer call(t, file, "Close")
	if !hasMethod(file, "ReadDir") {
		return interp.Value{}, pathError(t, "readdir", name, newError(t.Machine(), "not implemented"))
	}
	d := call(t, file, "ReadDir", interp.Int(-1)).Elems()
	list := d[0].Elems()
	slices.SortFunc(list, func(a, b interp.Value) int {
		return strings.Compare(call(t, a, "Name").Str(), call(t, b, "Name").Str())
	})
	return d[0], d[1]
}

// fsReadFile is fs.ReadFile: ReadFileFS's ReadFile, or Open and read to
// the end. It returns the tuple (data, err).
func fsReadFile(t *interp.Thread, fsys interp.Value, name string) interp.Value {
	if hasMethod(fsys, "ReadFile") {
		return call(t, fsys, "ReadFile", interp.String(name))
	}
	r := call(t, fsys, "Open", interp.String(name)).Elems()
	if r[1].R != nil {
		return interp.Tuple(interp.Value{}, r[1])
	}
	defer call(t, r[0], "Close")
	var data []byte
	buf := make([]byte, 512)
	for {
		n, err := ioRead(t, r[0], buf)
		data = append(data, buf[:max(0, min(n, len(buf)))]...)
		if err.R != nil {
			if isErr(t, err, "io", "EOF") {
				err = interp.Value{}
			}
			return interp.Tuple(interp.MakeBytes(data), err)
		}
	}
}

// statDirEntryType is *fs.statDirEntry, the DirEntry of a FileInfo.
func statDirEntryType(t *interp.Thread) *interp.Type {
	m := t.Machine()
	info := func(args []interp.Value) interp.Value { return args[0].Ptr().Elems()[0] }
	modeT := m.LookupType("io/fs", "FileMode").T
	return m.NativeType("io/fs", "statDirEntry", structOf("info", m.LookupType("io/fs", "FileInfo").T), true, []interp.Method{
		{Name: "Name", Results: []types.Type{stringType}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			return call(t, info(args), "Name")
		}},
		{Name: "IsDir", Results: []types.Type{types.Typ[types.Bool]}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			return call(t, info(args), "IsDir")
		}},
		{Name: "Type", Results: []types.Type{modeT}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			return interp.Uint(uint64(fs.FileMode(call(t, info(args), "Mode").N).Type()))
		}},
		{Name: "Info", Results: []types.Type{m.LookupType("io/fs", "FileInfo").T, errT}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			return interp.Tuple(info(args), interp.Value{})
		}},
		{Name: "String", Results: []types.Type{stringType}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			return interp.String(formatDirEntry(t, interp.MakeIface(statDirEntryType(t), args[0])))
		}},
	})
}

func formatDirEntry(t *interp.Thread, d interp.Value) string {
	mode := fs.FileMode(call(t, d, "Type").N).String()
	s := mode[:len(mode)-9] + " " + call(t, d, "Name").Str()
	if call(t, d, "IsDir").Bool() {
		s += "/"
	}
	return s
}

// walkDir is Go's walkDir.
func walkDir(t *interp.Thread, fsys interp.Value, name string, d interp.Value, fn interp.Value) interp.Value {
	isSkip := func(err interp.Value, which string) bool { return isErr(t, err, "io/fs", which) }
	callFn := func(name string, d, err interp.Value) interp.Value {
		return callNative(t, false, func() interp.Value { return t.Call(fn, interp.String(name), d, err) })
	}
	isDir := call(t, d, "IsDir").Bool()
	if err := callFn(name, d, interp.Value{}); err.R != nil || !isDir {
		if isSkip(err, "SkipDir") && isDir {
			err = interp.Value{}
		}
		return err
	}
	dirs, err := fsReadDir(t, fsys, name)
	if err.R != nil {
		err = callFn(name, d, err)
		if err.R != nil {
			if isSkip(err, "SkipDir") && isDir {
				err = interp.Value{}
			}
			return err
		}
	}
	for _, d1 := range dirs.Elems() {
		name1 := path.Join(name, call(t, d1, "Name").Str())
		if err := walkDir(t, fsys, name1, d1, fn); err.R != nil {
			if isSkip(err, "SkipDir") {
				break
			}
			return err
		}
	}
	return interp.Value{}
}

func init() {
	pure("io/fs.ValidPath", fs.ValidPath)
	interp.Register("io/fs.Stat", func(t *interp.Thread, args []interp.Value) interp.Value {
		info, err := fsStat(t, args[0], args[1].Str())
		return interp.Tuple(info, err)
	})
	interp.Register("io/fs.ReadDir", func(t *interp.Thread, args []interp.Value) interp.Value {
		list, err := fsReadDir(t, args[0], args[1].Str())
		return interp.Tuple(list, err)
	})
	interp.Register("io/fs.ReadFile", func(t *interp.Thread, args []interp.Value) interp.Value {
		return fsReadFile(t, args[0], args[1].Str())
	})
	interp.Register("io/fs.WalkDir", func(t *interp.Thread, args []interp.Value) interp.Value {
		fsys, root, fn := args[0], args[1].Str(), args[2]
		info, err := fsStat(t, fsys, root)
		if err.R != nil {
			err = callNative(t, false, func() interp.Value { return t.Call(fn, interp.String(root), interp.Value{}, err) })
		} else {
			d := interp.MakeIface(statDirEntryType(t), interp.Value{R: &interp.Value{R: []interp.Value{info}}})
			err = walkDir(t, fsys, root, d, fn)
		}
		if isErr(t, err, "io/fs", "SkipDir") || isErr(t, err, "io/fs", "SkipAll") {
			return interp.Value{}
		}
		return err
	})
	interp.Register("io/fs.FileInfoToDirEntry", func(t *interp.Thread, args []interp.Value) interp.Value {
		if args[0].R == nil {
			return interp.Value{}
		}
		return interp.MakeIface(statDirEntryType(t), interp.Value{R: &interp.Value{R: []interp.Value{args[0]}}})
	})
	interp.Register("io/fs.FormatDirEntry", func(t *interp.Thread, args []interp.Value) interp.Value {
		return interp.String(formatDirEntry(t, args[0]))
	})
	interp.Register("io/fs.FormatFileInfo", func(t *interp.Thread, args []interp.Value) interp.Value {
		info := args[0]
		name := call(t, info, "Name").Str()
		s := fs.FileMode(call(t, info, "Mode").N).String() + " "
		size := call(t, info, "Size").Int()
		s += strconv.FormatInt(size, 10) + " "
		s += timeOf(call(t, info, "ModTime")).Format(time.DateTime) + " " + name
		if call(t, info, "IsDir").Bool() {
			s += "/"
		}
		return interp.String(s)
	})
}

// fsGlob is Go's globWithLimit.
func fsGlob(t *interp.Thread, fsys interp.Value, pattern string, depth int) ([]string, error) {
	if depth > 10000 {
		return nil, path.ErrBadPattern
	}
	if _, err := path.Match(pattern, ""); err != nil {
		return nil, err
	}
	hasMeta := func(p string) bool { return strings.ContainsAny(p, `*?[\`) }
	if !hasMeta(pattern) {
		if _, err := fsStat(t, fsys, pattern); err.R != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, file := path.Split(pattern)
	if dir == "" {
		dir = "."
	} else {
		dir = dir[:len(dir)-1]
	}
	glob := func(dir string, matches []string) ([]string, error) {
		infos, err := fsReadDir(t, fsys, dir)
		if err.R != nil {
			return matches, nil
		}
		for _, info := range infos.Elems() {
			n := call(t, info, "Name").Str()
			matched, err := path.Match(file, n)
			if err != nil {
				return matches, err
			}
			if matched {
				matches = append(matches, path.Join(dir, n))
			}
		}
		return matches, nil
	}
	if !hasMeta(dir) {
		return glob(dir, nil)
	}
	if dir == pattern {
		return nil, path.ErrBadPattern
	}
	dirs, err := fsGlob(t, fsys, dir, depth+1)
	if err != nil {
		return nil, err
	}
	var matches []string
	for _, d := range dirs {
		if matches, err = glob(d, matches); err != nil {
			return matches, err
		}
	}
	return matches, nil
}

func init() {
	interp.Register("io/fs.Glob", func(t *interp.Thread, args []interp.Value) interp.Value {
		if hasMethod(args[0], "Glob") {
			return call(t, args[0], "Glob", args[1])
		}
		matches, err := fsGlob(t, args[0], args[1].Str(), 0)
		var ev interp.Value
		if err != nil {
			ev = fromHostError(t.Machine(), err)
		}
		return interp.Tuple(stringSlice(matches), ev)
	})
}

func init() {
	// The FS has no links unless it implements fs.ReadLinkFS.
	interp.Register("io/fs.Lstat", func(t *interp.Thread, args []interp.Value) interp.Value {
		if hasMethod(args[0], "Lstat") && hasMethod(args[0], "ReadLink") {
			return call(t, args[0], "Lstat", args[1])
		}
		info, err := fsStat(t, args[0], args[1].Str())
		return interp.Tuple(info, err)
	})
	interp.Register("io/fs.ReadLink", func(t *interp.Thread, args []interp.Value) interp.Value {
		if hasMethod(args[0], "Lstat") && hasMethod(args[0], "ReadLink") {
			return call(t, args[0], "ReadLink", args[1])
		}
		return interp.Tuple(interp.Value{}, pathError(t, "readlink", args[1].Str(), libErr(t, "io/fs", "ErrInvalid")))
	})
}

// subFSType is *fs.subFS, the FS fs.Sub returns: {fsys FS; dir string}.
func subFSType(t *interp.Thread) *interp.Type {
	m := t.Machine()
	fsT := m.LookupType("io/fs", "FS").T
	fields := func(args []interp.Value) (interp.Value, string) {
		f := args[0].Ptr().Elems()
		return f[0], f[1].Str()
	}
	fullName := func(t *interp.Thread, op string, args []interp.Value) (string, interp.Value) {
		_, dir := fields(args)
		name := args[1].Str()
		if !fs.ValidPath(name) {
			return "", pathError(t, op, name, libErr(t, "io/fs", "ErrInvalid"))
		}
		return path.Join(dir, name), interp.Value{}
	}
	shorten := func(dir, name string) (string, bool) {
		if name == dir {
			return ".", true
		}
		if len(name) >= len(dir)+2 && name[len(dir)] == '/' && name[:len(dir)] == dir {
			return name[len(dir)+1:], true
		}
		return "", false
	}
	fixErr := func(dir string, err interp.Value) interp.Value {
		if i := err.Iface(); i != nil && i.T.Name == "*fs.PathError" {
			f := i.V.Ptr().Elems()
			if short, ok := shorten(dir, f[1].Str()); ok {
				f[1] = interp.String(short)
			}
		}
		return err
	}
	return m.NativeType("io/fs", "subFS", structOf("fsys", fsT, "dir", stringType), true, []interp.Method{
		{Name: "Open", Params: []types.Type{stringType}, Results: []types.Type{m.LookupType("io/fs", "File").T, errT}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			full, err := fullName(t, "open", args)
			if err.R != nil {
				return interp.Tuple(interp.Value{}, err)
			}
			fsys, dir := fields(args)
			r := call(t, fsys, "Open", interp.String(full)).Elems()
			return interp.Tuple(r[0], fixErr(dir, r[1]))
		}},
		{Name: "ReadDir", Params: []types.Type{stringType}, Results: []types.Type{types.NewSlice(m.LookupType("io/fs", "DirEntry").T), errT}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			full, err := fullName(t, "read", args)
			if err.R != nil {
				return interp.Tuple(interp.Value{}, err)
			}
			fsys, dir := fields(args)
			list, err := fsReadDir(t, fsys, full)
			return interp.Tuple(list, fixErr(dir, err))
		}},
		{Name: "ReadFile", Params: []types.Type{stringType}, Results: []types.Type{bytesT, errT}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			full, err := fullName(t, "read", args)
			if err.R != nil {
				return interp.Tuple(interp.Value{}, err)
			}
			fsys, dir := fields(args)
			r := fsReadFile(t, fsys, full).Elems()
			return interp.Tuple(r[0], fixErr(dir, r[1]))
		}},
		{Name: "Glob", Params: []types.Type{stringType}, Results: []types.Type{types.NewSlice(stringType), errT}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			fsys, dir := fields(args)
			pattern := args[1].Str()
			if _, err := path.Match(pattern, ""); err != nil {
				return interp.Tuple(interp.Value{}, fromHostError(t.Machine(), err))
			}
			if pattern == "." {
				return interp.Tuple(stringSlice([]string{"."}), interp.Value{})
			}
			list, err := fsGlob(t, fsys, dir+"/"+pattern, 0)
			for i, name := range list {
				short, ok := shorten(dir, name)
				if !ok {
					return interp.Tuple(interp.Value{}, newError(t.Machine(), "invalid result from inner fsys Glob: "+name+" not in "+dir))
				}
				list[i] = short
			}
			var ev interp.Value
			if err != nil {
				ev = fromHostError(t.Machine(), err)
			}
			return interp.Tuple(stringSlice(list), ev)
		}},
		{Name: "Sub", Params: []types.Type{stringType}, Results: []types.Type{fsT, errT}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			if args[1].Str() == "." {
				return interp.Tuple(interp.MakeIface(subFSType(t), args[0]), interp.Value{})
			}
			full, err := fullName(t, "sub", args)
			if err.R != nil {
				return interp.Tuple(interp.Value{}, err)
			}
			fsys, _ := fields(args)
			return interp.Tuple(newSubFS(t, fsys, full), interp.Value{})
		}},
	})
}

func newSubFS(t *interp.Thread, fsys interp.Value, dir string) interp.Value {
	return interp.MakeIface(subFSType(t), interp.Value{R: &interp.Value{R: []interp.Value{fsys, interp.String(dir)}}})
}

func init() {
	interp.Register("io/fs.Sub", func(t *interp.Thread, args []interp.Value) interp.Value {
		fsys, dir := args[0], args[1].Str()
		if !fs.ValidPath(dir) {
			return interp.Tuple(interp.Value{}, pathError(t, "sub", dir, libErr(t, "io/fs", "ErrInvalid")))
		}
		if dir == "." {
			return interp.Tuple(fsys, interp.Value{})
		}
		if hasMethod(fsys, "Sub") {
			return call(t, fsys, "Sub", args[1])
		}
		return interp.Tuple(newSubFS(t, fsys, dir), interp.Value{})
	})
}
