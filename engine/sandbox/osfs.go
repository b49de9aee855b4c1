// osfs.go: package os's files: an in-memory file system per run, Linux's
// behaviour and error messages.
//
// Every run starts with the directories /, /tmp and /tmp/sandbox (the
// working directory, as on the playground) and no files. Permissions are
// recorded (with umask 022) but never enforced: the program runs as root.
// Modification times are the virtual clock. Errors are the *fs.PathError
// (or *os.LinkError) values Go returns, wrapping a syscall.Errno whose Is
// method answers errors.Is(err, fs.ErrNotExist) and its kin.

package sandbox

import (
	"go/types"
	"io/fs"
	"path"
	"slices"
	"strings"
	"time"

	"interleave/engine/interp"
)

// The open flags of GOOS=js (the export data's), which are Linux's.
const (
	oWRONLY = 0x1
	oRDWR   = 0x2
	oCREATE = 0x40
	oEXCL   = 0x80
	oTRUNC  = 0x200
	oAPPEND = 0x400
)

// errno values and texts, as on Linux.
const (
	ePERM     = 1
	eNOENT    = 2
	eBADF     = 9
	eACCES    = 13
	eEXIST    = 17
	eNOTDIR   = 20
	eISDIR    = 21
	eINVAL    = 22
	eNOTEMPTY = 39
	ePIPE     = 32
	eSPIPE    = 29
)

var errnoText = map[uint64]string{
	ePERM:     "operation not permitted",
	eNOENT:    "no such file or directory",
	eBADF:     "bad file descriptor",
	eACCES:    "permission denied",
	eEXIST:    "file exists",
	eNOTDIR:   "not a directory",
	eISDIR:    "is a directory",
	eINVAL:    "invalid argument",
	eNOTEMPTY: "directory not empty",
	ePIPE:     "broken pipe",
	eSPIPE:    "illegal seek",
}

const workDir = "/tmp/sandbox"

// An fnode is a file or directory.
type fnode struct {
	dir     bool
	data    []byte
	mode    fs.FileMode // permission bits (and ModeDir)
	modTime int64
}

// An fsys is the run's file system.
type fsys struct {
	nodes  map[string]*fnode // by absolute clean path
	cwd    string
	nextFD int
}

type fsysKey struct{}

func fsOf(m *interp.Machine) *fsys {
	return m.State(fsysKey{}, func() any {
		now := m.Now()
		d := func() *fnode { return &fnode{dir: true, mode: fs.ModeDir | 0o755, modTime: now} }
		return &fsys{
			nodes:  map[string]*fnode{"/": d(), "/tmp": {dir: true, mode: fs.ModeDir | fs.ModeSticky | 0o777, modTime: now}, workDir: d()},
			cwd:    workDir,
			nextFD: 3,
		}
	}).(*fsys)
}

// abs makes name absolute and clean.
func (f *fsys) abs(name string) string {
	if !strings.HasPrefix(name, "/") {
		name = f.cwd + "/" + name
	}
	return path.Clean(name)
}

// lookup finds name: the node, or the errno of the failure (ENOENT, or
// ENOTDIR when a parent is a file).
func (f *fsys) lookup(name string) (*fnode, uint64) {
	p := f.abs(name)
	if n, ok := f.nodes[p]; ok {
		if strings.HasSuffix(name, "/") && !n.dir {
			return nil, eNOTDIR
		}
		return n, 0
	}
	for dir := path.Dir(p); ; dir = path.Dir(dir) {
		if n, ok := f.nodes[dir]; ok {
			if !n.dir {
				return nil, eNOTDIR
			}
			return nil, eNOENT
		}
		if dir == "/" {
			return nil, eNOENT
		}
	}
}

// parentOK reports the errno of creating name: 0 if its directory exists.
func (f *fsys) parentOK(name string) uint64 {
	p := f.abs(name)
	if p == "/" {
		return eEXIST
	}
	dir, errno := f.lookup(path.Dir(p))
	if errno != 0 {
		return errno
	}
	if !dir.dir {
		return eNOTDIR
	}
	return 0
}

// children returns the names of the entries of directory p, sorted.
func (f *fsys) children(p string) []string {
	prefix := p + "/"
	if p == "/" {
		prefix = "/"
	}
	var out []string
	for k := range f.nodes {
		if k != "/" && strings.HasPrefix(k, prefix) && !strings.Contains(k[len(prefix):], "/") {
			out = append(out, k[len(prefix):])
		}
	}
	slices.Sort(out)
	return out
}

// errnoValue makes a syscall.Errno.
func errnoValue(t *interp.Thread, e uint64) interp.Value {
	m := t.Machine()
	var et *interp.Type
	et = m.NativeType("syscall", "Errno", types.Typ[types.Uintptr], false, []interp.Method{
		{Name: "Error", Results: []types.Type{stringType}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			if s, ok := errnoText[args[0].N]; ok {
				return interp.String(s)
			}
			return interp.String("errno " + itoa(int64(args[0].N)))
		}},
		{Name: "Is", Params: []types.Type{errT}, Results: []types.Type{types.Typ[types.Bool]}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			return interp.Bool(errnoIs(t, args[0].N, args[1]))
		}},
		{Name: "Timeout", Results: []types.Type{types.Typ[types.Bool]}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			return interp.Bool(false)
		}},
		{Name: "Temporary", Results: []types.Type{types.Typ[types.Bool]}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			return interp.Bool(false)
		}},
	})
	return interp.MakeIface(et, interp.Uint(e))
}

// errnoIs is syscall.Errno's Is.
func errnoIs(t *interp.Thread, e uint64, target interp.Value) bool {
	switch {
	case isErr(t, target, "io/fs", "ErrPermission"):
		return e == eACCES || e == 1
	case isErr(t, target, "io/fs", "ErrExist"):
		return e == eEXIST || e == eNOTEMPTY
	case isErr(t, target, "io/fs", "ErrNotExist"):
		return e == eNOENT
	}
	return false
}

// pathError makes &fs.PathError{op, path, err}.
func pathError(t *interp.Thread, op, name string, err interp.Value) interp.Value {
	pt := t.Machine().LookupType("io/fs", "PathError")
	cell := &interp.Value{R: []interp.Value{interp.String(op), interp.String(name), err}}
	return interp.MakeIface(t.Machine().TypeOf(types.NewPointer(pt.T)), interp.Value{R: cell})
}

// pathErrno makes &fs.PathError{op, path, errno}.
func pathErrno(t *interp.Thread, op, name string, e uint64) interp.Value {
	return pathError(t, op, name, errnoValue(t, e))
}

// An ofile is an open file: the host state of an *os.File.
type ofile struct {
	name   string // as opened
	path   string // absolute
	node   *fnode
	fd     int
	read   bool
	write  bool
	append bool
	off    int64
	closed bool
	dirPos int     // entries ReadDir has returned
	pipe   *osPipe // for the ends of an os.Pipe
}

// An osPipe is the kernel's buffer between the ends of an os.Pipe: writes
// never block (the playground ignores its 64 KiB limit), reads wait for
// data or for the write end to close.
type osPipe struct {
	buf     []byte
	r, w    *ofile
	readers []*interp.Thread
}

func (p *osPipe) wake() {
	for _, r := range p.readers {
		r.Unpark()
	}
	p.readers = nil
}

func (p *osPipe) read(t *interp.Thread, of *ofile, b []byte) (int, interp.Value) {
	for {
		if of.closed {
			return 0, pathError(t, "read", of.name, libErr(t, "io/fs", "ErrClosed"))
		}
		if len(p.buf) > 0 || len(b) == 0 {
			n := copy(b, p.buf)
			p.buf = p.buf[n:]
			return n, interp.Value{}
		}
		if p.w.closed {
			return 0, libErr(t, "io", "EOF")
		}
		p.readers = append(p.readers, t)
		if block(t, "IO wait", "os.(*File).Read") {
			return 0, interp.Value{}
		}
	}
}

func (p *osPipe) write(t *interp.Thread, of *ofile, b []byte) (int, interp.Value) {
	switch {
	case of.closed:
		return 0, pathError(t, "write", of.name, libErr(t, "io/fs", "ErrClosed"))
	case p.r.closed:
		return 0, pathErrno(t, "write", of.name, ePIPE)
	}
	t.Alloc(int64(len(b)))
	p.buf = append(p.buf, b...)
	p.wake()
	return len(b), interp.Value{}
}

// openFile is os.OpenFile.
func openFile(t *interp.Thread, name string, flag int, perm fs.FileMode) (*ofile, interp.Value) {
	f := fsOf(t.Machine())
	if name == "" {
		return nil, pathErrno(t, "open", name, eNOENT)
	}
	n, errno := f.lookup(name)
	switch {
	case errno == eNOENT && flag&oCREATE != 0:
		if e := f.parentOK(name); e != 0 {
			return nil, pathErrno(t, "open", name, e)
		}
		n = &fnode{mode: perm.Perm() &^ 0o022, modTime: t.Machine().Now()}
		f.nodes[f.abs(name)] = n
	case errno != 0:
		return nil, pathErrno(t, "open", name, errno)
	case flag&(oCREATE|oEXCL) == oCREATE|oEXCL:
		return nil, pathErrno(t, "open", name, eEXIST)
	case n.dir && flag&(oWRONLY|oRDWR) != 0:
		return nil, pathErrno(t, "open", name, eISDIR)
	}
	of := &ofile{name: name, path: f.abs(name), node: n, fd: f.nextFD, append: flag&oAPPEND != 0}
	f.nextFD++
	switch flag & 3 {
	case 0:
		of.read = true
	case oWRONLY:
		of.write = true
	case oRDWR:
		of.read, of.write = true, true
	}
	if flag&oTRUNC != 0 && of.write && !n.dir {
		n.data = nil
		n.modTime = t.Machine().Now()
	}
	return of, interp.Value{}
}

// fileValue makes the *os.File of of.
func fileValue(of *ofile) interp.Value {
	return interp.Value{R: &interp.Value{R: []interp.Value{{R: of}}}}
}

// fileOf returns the open file of the *os.File args[0]: nil for the
// standard files. A nil *os.File gives ErrInvalid (errOK false).
func fileOf(t *interp.Thread, args []interp.Value) (of *ofile, std bool) {
	p := args[0].Ptr()
	if p == nil {
		return nil, false
	}
	if _, ok := fileTable(t.Machine())[p]; ok {
		return nil, true
	}
	of, _ = p.Elems()[0].R.(*ofile)
	return of, false
}

func (of *ofile) readAt(t *interp.Thread, op string, p []byte, off int64) (int, interp.Value) {
	if of.closed {
		return 0, pathError(t, op, of.name, libErr(t, "io/fs", "ErrClosed"))
	}
	if !of.read {
		return 0, pathErrno(t, op, of.name, eBADF)
	}
	if of.node.dir {
		return 0, pathErrno(t, op, of.name, eISDIR)
	}
	if off >= int64(len(of.node.data)) {
		if len(p) == 0 {
			return 0, interp.Value{}
		}
		return 0, libErr(t, "io", "EOF")
	}
	return copy(p, of.node.data[off:]), interp.Value{}
}

func (of *ofile) writeAt(t *interp.Thread, op string, p []byte, off int64) (int, interp.Value) {
	if of.closed {
		return 0, pathError(t, op, of.name, libErr(t, "io/fs", "ErrClosed"))
	}
	if !of.write {
		return 0, pathErrno(t, op, of.name, eBADF)
	}
	n := of.node
	if end := off + int64(len(p)); end > int64(len(n.data)) {
		t.Alloc(end - int64(len(n.data)))
		n.data = append(n.data, make([]byte, end-int64(len(n.data)))...)
	}
	copy(n.data[off:], p)
	n.modTime = t.Machine().Now()
	return len(p), interp.Value{}
}

func (of *ofile) readFile(t *interp.Thread, p []byte) (int, interp.Value) {
	if of.pipe != nil {
		if of == of.pipe.w {
			if of.closed {
				return 0, pathError(t, "read", of.name, libErr(t, "io/fs", "ErrClosed"))
			}
			return 0, pathErrno(t, "read", of.name, eBADF)
		}
		return of.pipe.read(t, of, p)
	}
	n, err := of.readAt(t, "read", p, of.off)
	of.off += int64(n)
	return n, err
}

func (of *ofile) writeFile(t *interp.Thread, p []byte) (int, interp.Value) {
	if of.pipe != nil {
		if of == of.pipe.r {
			if of.closed {
				return 0, pathError(t, "write", of.name, libErr(t, "io/fs", "ErrClosed"))
			}
			return 0, pathErrno(t, "write", of.name, eBADF)
		}
		return of.pipe.write(t, of, p)
	}
	if of.append && !of.closed && of.write {
		of.off = int64(len(of.node.data))
	}
	n, err := of.writeAt(t, "write", p, of.off)
	of.off += int64(n)
	return n, err
}

// fileInfo makes the fs.FileInfo of the node n named name: an *os.fileStat.
func fileInfo(t *interp.Thread, name string, n *fnode) interp.Value {
	m := t.Machine()
	timeT := m.LookupType("time", "Time")
	st := func(args []interp.Value) *fileStat { return args[0].Ptr().Elems()[0].R.(*fileStat) }
	ft := m.NativeType("os", "fileStat", structOf("name", stringType), true, []interp.Method{
		{Name: "Name", Results: []types.Type{stringType}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			return interp.String(st(args).name)
		}},
		{Name: "Size", Results: []types.Type{int64T}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			return interp.Int(st(args).size)
		}},
		{Name: "Mode", Results: []types.Type{m.LookupType("io/fs", "FileMode").T}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			return interp.Uint(uint64(st(args).mode))
		}},
		{Name: "ModTime", Results: []types.Type{timeT.T}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			return timeValue(time.Unix(0, st(args).modTime))
		}},
		{Name: "IsDir", Results: []types.Type{types.Typ[types.Bool]}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			return interp.Bool(st(args).mode.IsDir())
		}},
		{Name: "Sys", Results: []types.Type{types.Universe.Lookup("any").Type()}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			return interp.Value{}
		}},
	})
	fst := &fileStat{node: n, name: basename(name), size: int64(len(n.data)), mode: n.mode, modTime: n.modTime}
	if n.dir {
		fst.size = 4096 // as ext4 reports a directory
	}
	return interp.MakeIface(ft, interp.Value{R: &interp.Value{R: []interp.Value{{R: fst}}}})
}

// basename is os's: the last element of name, trailing slashes removed.
func basename(name string) string {
	i := len(name) - 1
	for ; i > 0 && name[i] == '/'; i-- {
		name = name[:i]
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

type fileStat struct {
	node    *fnode
	name    string
	size    int64
	mode    fs.FileMode
	modTime int64
}

// dirEntry makes the fs.DirEntry of the entry name of directory dir: an
// *os.unixDirent.
func dirEntry(t *interp.Thread, dir, name string, n *fnode) interp.Value {
	m := t.Machine()
	de := func(args []interp.Value) *dirent { return args[0].Ptr().Elems()[0].R.(*dirent) }
	modeT := m.LookupType("io/fs", "FileMode").T
	dt := m.NativeType("os", "unixDirent", structOf("name", stringType), true, []interp.Method{
		{Name: "Name", Results: []types.Type{stringType}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			return interp.String(de(args).name)
		}},
		{Name: "IsDir", Results: []types.Type{types.Typ[types.Bool]}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			return interp.Bool(de(args).n.dir)
		}},
		{Name: "Type", Results: []types.Type{modeT}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			return interp.Uint(uint64(de(args).n.mode.Type()))
		}},
		{Name: "Info", Results: []types.Type{m.LookupType("io/fs", "FileInfo").T, errT}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			d := de(args)
			if _, ok := fsOf(t.Machine()).nodes[d.dir+"/"+d.name]; !ok && d.dir != "/" {
				return interp.Tuple(interp.Value{}, pathErrno(t, "lstat", d.dir+"/"+d.name, eNOENT))
			}
			return interp.Tuple(fileInfo(t, d.name, d.n), interp.Value{})
		}},
		{Name: "String", Results: []types.Type{stringType}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
			d := de(args)
			s := d.n.mode.Type().String()[:1]
			if d.n.dir {
				return interp.String(s + " " + d.name + "/")
			}
			return interp.String(s + " " + d.name)
		}},
	})
	return interp.MakeIface(dt, interp.Value{R: &interp.Value{R: []interp.Value{{R: &dirent{name, dir, n}}}}})
}

type dirent struct {
	name, dir string
	n         *fnode
}

func (d *dirent) entryName() string { return d.name }

// readDir returns the entries of the directory at p from position from
// (n <= 0: all).
func readDirEntries(t *interp.Thread, p string, from, n int) []interp.Value {
	f := fsOf(t.Machine())
	names := f.children(p)
	if from > len(names) {
		from = len(names)
	}
	names = names[from:]
	if n > 0 && n < len(names) {
		names = names[:n]
	}
	out := make([]interp.Value, len(names))
	for i, name := range names {
		full := path.Join(p, name)
		out[i] = dirEntry(t, p, name, f.nodes[full])
	}
	return out
}

// linkError makes &os.LinkError{op, old, new, errno}.
func linkError(t *interp.Thread, op, old, new string, e uint64) interp.Value {
	lt := t.Machine().LookupType("os", "LinkError")
	cell := &interp.Value{R: []interp.Value{interp.String(op), interp.String(old), interp.String(new), errnoValue(t, e)}}
	return interp.MakeIface(t.Machine().TypeOf(types.NewPointer(lt.T)), interp.Value{R: cell})
}

// removeTree deletes p and everything under it.
func (f *fsys) removeTree(p string) {
	delete(f.nodes, p)
	for k := range f.nodes {
		if strings.HasPrefix(k, p+"/") {
			delete(f.nodes, k)
		}
	}
}

// mkdirAll is os.MkdirAll.
func mkdirAll(t *interp.Thread, name string, perm fs.FileMode) interp.Value {
	f := fsOf(t.Machine())
	if n, e := f.lookup(name); e == 0 {
		if n.dir {
			return interp.Value{}
		}
		return pathErrno(t, "mkdir", name, eNOTDIR)
	}
	i := len(name)
	for i > 0 && name[i-1] == '/' {
		i--
	}
	j := i
	for j > 0 && name[j-1] != '/' {
		j--
	}
	if j > 1 {
		if err := mkdirAll(t, name[:j-1], perm); err.R != nil {
			return err
		}
	}
	err := mkdir(t, name, perm)
	if err.R != nil {
		if n, e := f.lookup(name); e == 0 && n.dir {
			return interp.Value{}
		}
	}
	return err
}

func mkdir(t *interp.Thread, name string, perm fs.FileMode) interp.Value {
	f := fsOf(t.Machine())
	if _, e := f.lookup(name); e == 0 {
		return pathErrno(t, "mkdir", name, eEXIST)
	}
	if e := f.parentOK(name); e != 0 {
		return pathErrno(t, "mkdir", name, e)
	}
	f.nodes[f.abs(name)] = &fnode{dir: true, mode: fs.ModeDir | perm.Perm()&^0o022, modTime: t.Machine().Now()}
	return interp.Value{}
}

// tempName is the name CreateTemp and MkdirTemp make from pattern.
func tempName(t *interp.Thread, op, dir, pattern string) (string, interp.Value) {
	if strings.Contains(pattern, "/") {
		return "", pathError(t, op, pattern, newError(t.Machine(), "pattern contains path separator"))
	}
	prefix, suffix := pattern, ""
	if i := strings.LastIndex(pattern, "*"); i >= 0 {
		prefix, suffix = pattern[:i], pattern[i+1:]
	}
	if dir == "" {
		dir = "/tmp"
	}
	if !strings.HasSuffix(dir, "/") {
		dir += "/"
	}
	return dir + prefix + itoa(int64(uint32(t.Machine().Uint64()))) + suffix, interp.Value{}
}

func init() {
	m0 := func(t *interp.Thread, of *ofile, err interp.Value) interp.Value {
		if of == nil {
			return interp.Tuple(interp.Value{}, err)
		}
		return interp.Tuple(fileValue(of), interp.Value{})
	}
	interp.Register("os.Create", func(t *interp.Thread, args []interp.Value) interp.Value {
		of, err := openFile(t, args[0].Str(), oRDWR|oCREATE|oTRUNC, 0o666)
		return m0(t, of, err)
	})
	interp.Register("os.Open", func(t *interp.Thread, args []interp.Value) interp.Value {
		of, err := openFile(t, args[0].Str(), 0, 0)
		return m0(t, of, err)
	})
	interp.Register("os.OpenFile", func(t *interp.Thread, args []interp.Value) interp.Value {
		of, err := openFile(t, args[0].Str(), int(args[1].Int()), fs.FileMode(args[2].N))
		return m0(t, of, err)
	})
	interp.Register("os.ReadFile", func(t *interp.Thread, args []interp.Value) interp.Value {
		of, err := openFile(t, args[0].Str(), 0, 0)
		if of == nil {
			return interp.Tuple(interp.Value{}, err)
		}
		if of.node.dir {
			return interp.Tuple(interp.Value{}, pathErrno(t, "read", of.name, eISDIR))
		}
		t.Alloc(int64(len(of.node.data)))
		return interp.Tuple(interp.MakeBytes(of.node.data), interp.Value{})
	})
	interp.Register("os.WriteFile", func(t *interp.Thread, args []interp.Value) interp.Value {
		of, err := openFile(t, args[0].Str(), oWRONLY|oCREATE|oTRUNC, fs.FileMode(args[2].N))
		if of == nil {
			return err
		}
		_, err = of.writeFile(t, interp.BytesOf(args[1]))
		return err
	})
	registerOS("Remove", func(t *interp.Thread, args []interp.Value) interp.Value {
		f := fsOf(t.Machine())
		name := args[0].Str()
		n, e := f.lookup(name)
		if e != 0 {
			return pathErrno(t, "remove", name, e)
		}
		p := f.abs(name)
		if n.dir && len(f.children(p)) > 0 {
			return pathErrno(t, "remove", name, eNOTEMPTY)
		}
		if p == "/" {
			return pathErrno(t, "remove", name, eINVAL)
		}
		delete(f.nodes, p)
		return interp.Value{}
	})
	registerOS("RemoveAll", func(t *interp.Thread, args []interp.Value) interp.Value {
		f := fsOf(t.Machine())
		name := args[0].Str()
		if name == "" {
			return interp.Value{}
		}
		if name == "." || strings.HasSuffix(name, "/.") {
			return pathErrno(t, "RemoveAll", name, eINVAL)
		}
		if _, e := f.lookup(name); e != 0 {
			if e == eNOTDIR {
				return pathErrno(t, "unlinkat", name, eNOTDIR)
			}
			return interp.Value{}
		}
		f.removeTree(f.abs(name))
		return interp.Value{}
	})
	interp.Register("os.Mkdir", func(t *interp.Thread, args []interp.Value) interp.Value {
		return mkdir(t, args[0].Str(), fs.FileMode(args[1].N))
	})
	interp.Register("os.MkdirAll", func(t *interp.Thread, args []interp.Value) interp.Value {
		return mkdirAll(t, args[0].Str(), fs.FileMode(args[1].N))
	})
	stat := func(op string) interp.Native {
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			name := args[0].Str()
			n, e := fsOf(t.Machine()).lookup(name)
			if e != 0 {
				return interp.Tuple(interp.Value{}, pathErrno(t, op, name, e))
			}
			return interp.Tuple(fileInfo(t, name, n), interp.Value{})
		}
	}
	registerOS("Stat", stat("stat"))
	registerOS("Lstat", stat("lstat"))
	interp.Register("os.ReadDir", func(t *interp.Thread, args []interp.Value) interp.Value {
		name := args[0].Str()
		f := fsOf(t.Machine())
		n, e := f.lookup(name)
		if e == 0 && !n.dir {
			e = eNOTDIR
		}
		if e != 0 {
			return interp.Tuple(interp.Value{}, pathErrno(t, "open", name, e))
		}
		return interp.Tuple(interp.Value{R: readDirEntries(t, f.abs(name), 0, -1)}, interp.Value{})
	})
	registerOS("Rename", func(t *interp.Thread, args []interp.Value) interp.Value {
		f := fsOf(t.Machine())
		old, new := args[0].Str(), args[1].Str()
		if n, e := f.lookup(new); e == 0 && n.dir {
			return linkError(t, "rename", old, new, eEXIST)
		}
		n, e := f.lookup(old)
		if e != 0 {
			return linkError(t, "rename", old, new, e)
		}
		if e := f.parentOK(new); e != 0 {
			return linkError(t, "rename", old, new, e)
		}
		op, np := f.abs(old), f.abs(new)
		if op == np {
			return interp.Value{}
		}
		if n.dir && strings.HasPrefix(np, op+"/") {
			return linkError(t, "rename", old, new, eINVAL)
		}
		moved := map[string]*fnode{np: n}
		for k, v := range f.nodes {
			if strings.HasPrefix(k, op+"/") {
				moved[np+k[len(op):]] = v
			}
		}
		f.removeTree(op)
		for k, v := range moved {
			f.nodes[k] = v
		}
		return interp.Value{}
	})
	interp.Register("os.Truncate", func(t *interp.Thread, args []interp.Value) interp.Value {
		name, size := args[0].Str(), args[1].Int()
		n, e := fsOf(t.Machine()).lookup(name)
		switch {
		case e != 0:
			return pathErrno(t, "truncate", name, e)
		case n.dir:
			return pathErrno(t, "truncate", name, eISDIR)
		case size < 0:
			return pathErrno(t, "truncate", name, eINVAL)
		}
		n.truncate(size)
		n.modTime = t.Machine().Now()
		return interp.Value{}
	})
	interp.Register("os.Chdir", func(t *interp.Thread, args []interp.Value) interp.Value {
		f := fsOf(t.Machine())
		name := args[0].Str()
		n, e := f.lookup(name)
		if e == 0 && !n.dir {
			e = eNOTDIR
		}
		if e != 0 {
			return pathErrno(t, "chdir", name, e)
		}
		f.cwd = f.abs(name)
		return interp.Value{}
	})
	interp.Register("os.Getwd", func(t *interp.Thread, args []interp.Value) interp.Value {
		return interp.Tuple(interp.String(fsOf(t.Machine()).cwd), interp.Value{})
	})
	registerOS("Chmod", func(t *interp.Thread, args []interp.Value) interp.Value {
		name := args[0].Str()
		n, e := fsOf(t.Machine()).lookup(name)
		if e != 0 {
			return pathErrno(t, "chmod", name, e)
		}
		n.mode = n.mode&^fs.ModePerm | fs.FileMode(args[1].N)&fs.ModePerm
		return interp.Value{}
	})
	registerOS("Chtimes", func(t *interp.Thread, args []interp.Value) interp.Value {
		name := args[0].Str()
		n, e := fsOf(t.Machine()).lookup(name)
		if e != 0 {
			return pathErrno(t, "chtimes", name, e)
		}
		n.modTime = timeOf(args[2]).UnixNano()
		return interp.Value{}
	})
	chown := func(op string) interp.Native {
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			name := args[0].Str()
			if _, e := fsOf(t.Machine()).lookup(name); e != 0 {
				return pathErrno(t, op, name, e)
			}
			return interp.Value{}
		}
	}
	registerOS("Chown", chown("chown"))
	registerOS("Lchown", chown("lchown"))
	interp.Register("os.CreateTemp", func(t *interp.Thread, args []interp.Value) interp.Value {
		name, err := tempName(t, "createtemp", args[0].Str(), args[1].Str())
		if err.R != nil {
			return interp.Tuple(interp.Value{}, err)
		}
		of, err := openFile(t, name, oRDWR|oCREATE|oEXCL, 0o600)
		return m0(t, of, err)
	})
	interp.Register("os.MkdirTemp", func(t *interp.Thread, args []interp.Value) interp.Value {
		name, err := tempName(t, "mkdirtemp", args[0].Str(), args[1].Str())
		if err.R != nil {
			return interp.Tuple(interp.Value{}, err)
		}
		if err := mkdir(t, name, 0o700); err.R != nil {
			return interp.Tuple(interp.Value{}, err)
		}
		return interp.Tuple(interp.String(name), interp.Value{})
	})
	interp.Register("os.SameFile", func(t *interp.Thread, args []interp.Value) interp.Value {
		a, b := args[0].Iface(), args[1].Iface()
		if a == nil || b == nil || a.T.Name != "*os.fileStat" || b.T.Name != "*os.fileStat" {
			return interp.Bool(false)
		}
		sa, sb := a.V.Ptr().Elems()[0].R.(*fileStat), b.V.Ptr().Elems()[0].R.(*fileStat)
		return interp.Bool(sa.node == sb.node)
	})
	isErrKind := func(kind string, errnos ...uint64) interp.Native {
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			err := args[0]
			if i := err.Iface(); i != nil {
				switch i.T.Name {
				case "*fs.PathError", "*os.LinkError", "*os.SyscallError":
					fs := i.V.Ptr().Elems()
					err = fs[len(fs)-1]
				}
			}
			if kind == "" {
				return interp.Bool(false)
			}
			if isErr(t, err, "io/fs", kind) {
				return interp.Bool(true)
			}
			if i := err.Iface(); i != nil && i.T.Name == "syscall.Errno" {
				return interp.Bool(slices.Contains(errnos, i.V.N))
			}
			return interp.Bool(false)
		}
	}
	interp.Register("os.IsNotExist", isErrKind("ErrNotExist", eNOENT))
	interp.Register("os.IsExist", isErrKind("ErrExist", eEXIST, eNOTEMPTY))
	interp.Register("os.IsPermission", isErrKind("ErrPermission", eACCES, 1))
	interp.Register("os.IsTimeout", isErrKind(""))
	interp.Register("(*io/fs.PathError).Error", func(t *interp.Thread, args []interp.Value) interp.Value {
		f := recvFields(t, args)
		return interp.String(f[0].Str() + " " + f[1].Str() + ": " + errorText(t, f[2]))
	})
	interp.Register("(*io/fs.PathError).Unwrap", func(t *interp.Thread, args []interp.Value) interp.Value {
		return recvFields(t, args)[2]
	})
	timeout := func(i int) interp.Native {
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			err := recvFields(t, args)[i]
			if !hasMethod(err, "Timeout") {
				return interp.Bool(false)
			}
			return callMethod(t, err.Iface(), "Timeout")
		}
	}
	interp.Register("(*io/fs.PathError).Timeout", timeout(2))
	interp.Register("(*os.LinkError).Error", func(t *interp.Thread, args []interp.Value) interp.Value {
		f := recvFields(t, args)
		return interp.String(f[0].Str() + " " + f[1].Str() + " " + f[2].Str() + ": " + errorText(t, f[3]))
	})
	interp.Register("(*os.LinkError).Unwrap", func(t *interp.Thread, args []interp.Value) interp.Value {
		return recvFields(t, args)[3]
	})
	interp.Register("(*os.SyscallError).Error", func(t *interp.Thread, args []interp.Value) interp.Value {
		f := recvFields(t, args)
		return interp.String(f[0].Str() + ": " + errorText(t, f[1]))
	})
	interp.Register("(*os.SyscallError).Unwrap", func(t *interp.Thread, args []interp.Value) interp.Value {
		return recvFields(t, args)[1]
	})
	interp.Register("(*os.SyscallError).Timeout", timeout(1))
	interp.Register("os.NewSyscallError", func(t *interp.Thread, args []interp.Value) interp.Value {
		if args[1].R == nil {
			return interp.Value{}
		}
		st := t.Machine().LookupType("os", "SyscallError")
		cell := &interp.Value{R: []interp.Value{args[0], args[1]}}
		return interp.MakeIface(t.Machine().TypeOf(types.NewPointer(st.T)), interp.Value{R: cell})
	})
	for _, name := range []string{"String", "IsDir", "IsRegular", "Perm", "Type"} {
		hostMethod("(io/fs.FileMode)."+name, name, func(t *interp.Thread, args []interp.Value) (any, []interp.Value) {
			return fs.FileMode(args[0].N), args[1:]
		})
	}
}

func (n *fnode) truncate(size int64) {
	if size <= int64(len(n.data)) {
		n.data = n.data[:size]
		return
	}
	n.data = append(n.data, make([]byte, size-int64(len(n.data)))...)
}

// The methods of *os.File. A nil *File gives ErrInvalid, as in Go.
func init() {
	invalid := func(t *interp.Thread) interp.Value { return libErr(t, "io/fs", "ErrInvalid") }
	// file runs f on the open file of args[0]; std handles os.Stdin,
	// Stdout and Stderr (nil: unsupported).
	type fileFn func(t *interp.Thread, of *ofile, args []interp.Value) interp.Value
	method := func(name string, nilResult func(t *interp.Thread) interp.Value, f fileFn, std fileFn) {
		interp.Register("(*os.File)."+name, func(t *interp.Thread, args []interp.Value) interp.Value {
			of, isStd := fileOf(t, args)
			if isStd {
				if std == nil {
					t.Machine().Unsupported(t, "(*os.File)."+name+" on a standard file")
				}
				return std(t, nil, args)
			}
			if of == nil {
				if nilResult == nil {
					t.NilDeref()
				}
				return nilResult(t)
			}
			return f(t, of, args)
		})
	}
	nInvalid := func(t *interp.Thread) interp.Value { return nr(0, invalid(t)) }
	n64Invalid := func(t *interp.Thread) interp.Value { return interp.Tuple(interp.Int(0), invalid(t)) }
	stdFD := func(t *interp.Thread, args []interp.Value) int { return fileTable(t.Machine())[args[0].Ptr()] }
	stdWrite := func(t *interp.Thread, args []interp.Value, b []byte) interp.Value {
		if calledByProgram(t) && t.Preempt() {
			return interp.Value{}
		}
		fd := stdFD(t, args)
		if fd == 0 {
			return nr(0, pathErrno(t, "write", "/dev/stdin", eBADF))
		}
		t.Write(fd, b)
		return nr(len(b), interp.Value{})
	}
	method("Write", nInvalid, func(t *interp.Thread, of *ofile, args []interp.Value) interp.Value {
		return nr(of.writeFile(t, interp.BytesOf(args[1])))
	}, func(t *interp.Thread, _ *ofile, args []interp.Value) interp.Value {
		return stdWrite(t, args, interp.BytesOf(args[1]))
	})
	method("WriteString", nInvalid, func(t *interp.Thread, of *ofile, args []interp.Value) interp.Value {
		return nr(of.writeFile(t, []byte(args[1].Str())))
	}, func(t *interp.Thread, _ *ofile, args []interp.Value) interp.Value {
		return stdWrite(t, args, []byte(args[1].Str()))
	})
	stdRead := func(t *interp.Thread, _ *ofile, args []interp.Value) interp.Value {
		if stdFD(t, args) != 0 {
			return nr(0, pathErrno(t, "read", "/dev/stdout", eBADF))
		}
		p := args[1].Elems()
		b := make([]byte, len(p))
		n, err := readStdin(t, b)
		intoBytes(p, b[:n])
		return nr(n, err)
	}
	method("Read", nInvalid, func(t *interp.Thread, of *ofile, args []interp.Value) interp.Value {
		p := args[1].Elems()
		b := make([]byte, len(p))
		n, err := of.readFile(t, b)
		intoBytes(p, b[:n])
		return nr(n, err)
	}, stdRead)
	method("ReadAt", nInvalid, func(t *interp.Thread, of *ofile, args []interp.Value) interp.Value {
		off := args[2].Int()
		if off < 0 {
			return nr(0, pathError(t, "readat", of.name, newError(t.Machine(), "negative offset")))
		}
		p := args[1].Elems()
		b := make([]byte, len(p))
		n := 0
		var err interp.Value
		for n < len(b) {
			var m int
			m, err = of.readAt(t, "read", b[n:], off+int64(n))
			n += m
			if err.R != nil || m == 0 {
				break
			}
		}
		if n < len(b) && err.R == nil {
			err = libErr(t, "io", "EOF")
		}
		intoBytes(p, b[:n])
		return nr(n, err)
	}, nil)
	method("WriteAt", nInvalid, func(t *interp.Thread, of *ofile, args []interp.Value) interp.Value {
		if of.append {
			return nr(0, newError(t.Machine(), "os: invalid use of WriteAt on file opened with O_APPEND"))
		}
		off := args[2].Int()
		if off < 0 {
			return nr(0, pathError(t, "writeat", of.name, newError(t.Machine(), "negative offset")))
		}
		return nr(of.writeAt(t, "write", interp.BytesOf(args[1]), off))
	}, nil)
	method("Seek", n64Invalid, func(t *interp.Thread, of *ofile, args []interp.Value) interp.Value {
		if of.closed {
			return interp.Tuple(interp.Int(0), pathError(t, "seek", of.name, libErr(t, "io/fs", "ErrClosed")))
		}
		if of.pipe != nil {
			return interp.Tuple(interp.Int(0), pathErrno(t, "seek", of.name, eSPIPE))
		}
		offset := args[1].Int()
		switch args[2].Int() {
		case 0:
		case 1:
			offset += of.off
		case 2:
			offset += int64(len(of.node.data))
		default:
			offset = -1
		}
		if offset < 0 {
			return interp.Tuple(interp.Int(0), pathErrno(t, "seek", of.name, eINVAL))
		}
		of.off = offset
		return interp.Tuple(interp.Int(offset), interp.Value{})
	}, nil)
	method("Close", invalid, func(t *interp.Thread, of *ofile, args []interp.Value) interp.Value {
		if of.closed {
			return pathError(t, "close", of.name, libErr(t, "io/fs", "ErrClosed"))
		}
		of.closed = true
		if of.pipe != nil {
			of.pipe.wake()
		}
		return interp.Value{}
	}, func(t *interp.Thread, _ *ofile, args []interp.Value) interp.Value { return interp.Value{} })
	method("Name", nil, func(t *interp.Thread, of *ofile, args []interp.Value) interp.Value {
		return interp.String(of.name)
	}, func(t *interp.Thread, _ *ofile, args []interp.Value) interp.Value {
		return interp.String([]string{"/dev/stdin", "/dev/stdout", "/dev/stderr"}[stdFD(t, args)])
	})
	method("Fd", func(t *interp.Thread) interp.Value { return interp.Uint(^uint64(0)) }, func(t *interp.Thread, of *ofile, args []interp.Value) interp.Value {
		if of.closed {
			return interp.Uint(^uint64(0))
		}
		return interp.Uint(uint64(of.fd))
	}, func(t *interp.Thread, _ *ofile, args []interp.Value) interp.Value {
		return interp.Uint(uint64(stdFD(t, args)))
	})
	closedErr := func(t *interp.Thread, op string, of *ofile) interp.Value {
		return pathError(t, op, of.name, libErr(t, "io/fs", "ErrClosed"))
	}
	method("Stat", func(t *interp.Thread) interp.Value { return interp.Tuple(interp.Value{}, invalid(t)) }, func(t *interp.Thread, of *ofile, args []interp.Value) interp.Value {
		if of.closed {
			return interp.Tuple(interp.Value{}, closedErr(t, "stat", of))
		}
		return interp.Tuple(fileInfo(t, of.name, of.node), interp.Value{})
	}, func(t *interp.Thread, _ *ofile, args []interp.Value) interp.Value {
		// Standard input is empty, like /dev/null (a character device);
		// the output goes to pipes.
		fd := stdFD(t, args)
		n := &fnode{mode: fs.ModeNamedPipe | 0o600}
		if fd == 0 {
			n.mode = fs.ModeDevice | fs.ModeCharDevice | 0o666
		}
		return interp.Tuple(fileInfo(t, []string{"/dev/stdin", "/dev/stdout", "/dev/stderr"}[fd], n), interp.Value{})
	})
	method("Sync", invalid, func(t *interp.Thread, of *ofile, args []interp.Value) interp.Value {
		if of.closed {
			return closedErr(t, "sync", of)
		}
		return interp.Value{}
	}, func(t *interp.Thread, _ *ofile, args []interp.Value) interp.Value { return interp.Value{} })
	method("Truncate", invalid, func(t *interp.Thread, of *ofile, args []interp.Value) interp.Value {
		switch {
		case of.closed:
			return closedErr(t, "truncate", of)
		case !of.write:
			return pathErrno(t, "truncate", of.name, eINVAL)
		case args[1].Int() < 0:
			return pathErrno(t, "truncate", of.name, eINVAL)
		}
		of.node.truncate(args[1].Int())
		return interp.Value{}
	}, nil)
	method("Chmod", invalid, func(t *interp.Thread, of *ofile, args []interp.Value) interp.Value {
		if of.closed {
			return closedErr(t, "chmod", of)
		}
		of.node.mode = of.node.mode&^fs.ModePerm | fs.FileMode(args[1].N)&fs.ModePerm
		return interp.Value{}
	}, nil)
	method("Chown", invalid, func(t *interp.Thread, of *ofile, args []interp.Value) interp.Value {
		if of.closed {
			return closedErr(t, "chown", of)
		}
		return interp.Value{}
	}, nil)
	method("Chdir", invalid, func(t *interp.Thread, of *ofile, args []interp.Value) interp.Value {
		if of.closed {
			return closedErr(t, "chdir", of)
		}
		if !of.node.dir {
			return pathErrno(t, "chdir", of.name, eNOTDIR)
		}
		fsOf(t.Machine()).cwd = of.path
		return interp.Value{}
	}, nil)
	// readDir runs f on up to n entries (n <= 0: all the rest).
	readDir := func(op string, f func(t *interp.Thread, es []interp.Value) interp.Value, empty func(t *interp.Thread) interp.Value) fileFn {
		return func(t *interp.Thread, of *ofile, args []interp.Value) interp.Value {
			if of.closed {
				return interp.Tuple(interp.Value{}, closedErr(t, op, of))
			}
			if !of.node.dir {
				return interp.Tuple(interp.Value{}, pathErrno(t, op, of.name, eNOTDIR))
			}
			n := int(args[1].Int())
			es := readDirEntries(t, of.path, of.dirPos, n)
			of.dirPos += len(es)
			if n > 0 && len(es) == 0 {
				return interp.Tuple(empty(t), libErr(t, "io", "EOF"))
			}
			return interp.Tuple(f(t, es), interp.Value{})
		}
	}
	nilSlice := func(t *interp.Thread) interp.Value { return interp.Value{} }
	method("ReadDir", func(t *interp.Thread) interp.Value { return interp.Tuple(interp.Value{}, invalid(t)) },
		readDir("readdirent", func(t *interp.Thread, es []interp.Value) interp.Value { return interp.Value{R: es} }, nilSlice), nil)
	method("Readdirnames", func(t *interp.Thread) interp.Value { return interp.Tuple(interp.Value{}, invalid(t)) },
		readDir("readdirent", func(t *interp.Thread, es []interp.Value) interp.Value {
			names := make([]string, len(es))
			for i, e := range es {
				names[i] = e.Iface().V.Ptr().Elems()[0].R.(interface{ entryName() string }).entryName()
			}
			return interp.Value{R: stringSlice(names).R}
		}, nilSlice), nil)
	method("Readdir", func(t *interp.Thread) interp.Value { return interp.Tuple(interp.Value{}, invalid(t)) },
		readDir("readdirent", func(t *interp.Thread, es []interp.Value) interp.Value {
			out := make([]interp.Value, len(es))
			for i, e := range es {
				d := e.Iface().V.Ptr().Elems()[0].R.(interface{ entryName() string })
				de := d.(*dirent)
				out[i] = fileInfo(t, de.name, de.n)
			}
			return interp.Value{R: out}
		}, nilSlice), nil)
	// ReadFrom and WriteTo copy as io.Copy does (also for the standard
	// files), the *os.File as an io.Writer or io.Reader.
	asIface := func(t *interp.Thread, f interp.Value) interp.Value {
		m := t.Machine()
		return interp.MakeIface(m.TypeOf(types.NewPointer(m.LookupType("os", "File").T)), f)
	}
	readFrom := restartableFile(func(t *interp.Thread, of *ofile, args []interp.Value) interp.Value {
		n, err := ioCopy(t, asIface(t, args[0]), args[1], 32*1024, -1, false)
		return interp.Tuple(interp.Int(n), err)
	})
	writeTo := restartableFile(func(t *interp.Thread, of *ofile, args []interp.Value) interp.Value {
		n, err := ioCopy(t, args[1], asIface(t, args[0]), 32*1024, -1, false)
		return interp.Tuple(interp.Int(n), err)
	})
	method("ReadFrom", n64Invalid, readFrom, readFrom)
	method("WriteTo", n64Invalid, writeTo, writeTo)
	deadline := func(t *interp.Thread, of *ofile, args []interp.Value) interp.Value {
		return pathError(t, "SetDeadline", of.name, libErr(t, "os", "ErrNoDeadline"))
	}
	method("SetDeadline", invalid, deadline, nil)
	method("SetReadDeadline", invalid, deadline, nil)
	method("SetWriteDeadline", invalid, deadline, nil)

	hostReaders["*os.File"] = func(t *interp.Thread, v interp.Value, p []byte) (int, interp.Value) {
		of, std := fileOf(t, []interp.Value{v})
		switch {
		case std:
			if fileTable(t.Machine())[v.Ptr()] != 0 {
				return 0, pathErrno(t, "read", "/dev/stdout", eBADF)
			}
			return readStdin(t, p)
		case of == nil:
			return 0, invalid(t)
		}
		return of.readFile(t, p)
	}
	hostWriters["*os.File"] = func(t *interp.Thread, v interp.Value, p []byte) (int, interp.Value) {
		of, std := fileOf(t, []interp.Value{v})
		switch {
		case std:
			fd := fileTable(t.Machine())[v.Ptr()]
			if fd == 0 {
				return 0, pathErrno(t, "write", "/dev/stdin", eBADF)
			}
			t.Write(fd, p)
			return len(p), interp.Value{}
		case of == nil:
			return 0, invalid(t)
		}
		return of.writeFile(t, p)
	}
}

// restartableFile wraps a file method that copies.
func restartableFile(f func(t *interp.Thread, of *ofile, args []interp.Value) interp.Value) func(t *interp.Thread, of *ofile, args []interp.Value) interp.Value {
	return func(t *interp.Thread, of *ofile, args []interp.Value) interp.Value {
		return restartable(func(t *interp.Thread, args []interp.Value) interp.Value { return f(t, of, args) })(t, args)
	}
}

// os.DirFS: an os.dirFS (a string, the root) whose methods go to the
// file system above, reporting errors with the name relative to the root.
func init() {
	// rename sets the Path of the *PathError err to name.
	rename := func(err interp.Value, name string) interp.Value {
		if i := err.Iface(); i != nil && i.T.Name == "*fs.PathError" {
			i.V.Ptr().Elems()[1] = interp.String(name)
		}
		return err
	}
	join := func(t *interp.Thread, args []interp.Value, op string) (string, interp.Value) {
		dir, name := args[0].Str(), args[1].Str()
		if dir == "" {
			return "", pathError(t, op, name, newError(t.Machine(), "os: DirFS with empty root"))
		}
		if !fs.ValidPath(name) {
			return "", pathError(t, op, name, libErr(t, "io/fs", "ErrInvalid"))
		}
		if strings.HasSuffix(dir, "/") {
			return dir + name, interp.Value{}
		}
		return dir + "/" + name, interp.Value{}
	}
	registerOS("DirFS", func(t *interp.Thread, args []interp.Value) interp.Value {
		m := t.Machine()
		fsT := m.LookupType("io/fs", "FS").T
		_ = fsT
		fileT := m.LookupType("io/fs", "File").T
		infoT := m.LookupType("io/fs", "FileInfo").T
		entriesT := types.NewSlice(m.LookupType("io/fs", "DirEntry").T)
		dt := m.NativeType("os", "dirFS", stringType, false, []interp.Method{
			{Name: "Open", Params: []types.Type{stringType}, Results: []types.Type{fileT, errT}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
				full, err := join(t, args, "open")
				if err.R != nil {
					return interp.Tuple(interp.Value{}, err)
				}
				of, err := openFile(t, full, 0, 0)
				if of == nil {
					return interp.Tuple(interp.Value{}, rename(err, args[1].Str()))
				}
				fp := t.Machine().TypeOf(types.NewPointer(t.Machine().LookupType("os", "File").T))
				return interp.Tuple(interp.MakeIface(fp, fileValue(of)), interp.Value{})
			}},
			{Name: "ReadFile", Params: []types.Type{stringType}, Results: []types.Type{bytesT, errT}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
				full, err := join(t, args, "readfile")
				if err.R != nil {
					return interp.Tuple(interp.Value{}, err)
				}
				of, err := openFile(t, full, 0, 0)
				if of == nil {
					return interp.Tuple(interp.Value{}, rename(err, args[1].Str()))
				}
				if of.node.dir {
					return interp.Tuple(interp.Value{}, pathErrno(t, "read", args[1].Str(), eISDIR))
				}
				return interp.Tuple(interp.MakeBytes(of.node.data), interp.Value{})
			}},
			{Name: "ReadDir", Params: []types.Type{stringType}, Results: []types.Type{entriesT, errT}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
				full, err := join(t, args, "readdir")
				if err.R != nil {
					return interp.Tuple(interp.Value{}, err)
				}
				f := fsOf(t.Machine())
				n, e := f.lookup(full)
				if e == 0 && !n.dir {
					e = eNOTDIR
				}
				if e != 0 {
					return interp.Tuple(interp.Value{}, pathErrno(t, "open", args[1].Str(), e))
				}
				return interp.Tuple(interp.Value{R: readDirEntries(t, f.abs(full), 0, -1)}, interp.Value{})
			}},
			{Name: "Stat", Params: []types.Type{stringType}, Results: []types.Type{infoT, errT}, Fn: func(t *interp.Thread, args []interp.Value) interp.Value {
				full, err := join(t, args, "stat")
				if err.R != nil {
					return interp.Tuple(interp.Value{}, err)
				}
				f := fsOf(t.Machine())
				n, e := f.lookup(full)
				if e != 0 {
					return interp.Tuple(interp.Value{}, pathErrno(t, "stat", args[1].Str(), e))
				}
				return interp.Tuple(fileInfo(t, full, n), interp.Value{})
			}},
		})
		return interp.MakeIface(dt, args[0])
	})
}

func init() {
	interp.Register("os.Pipe", func(t *interp.Thread, args []interp.Value) interp.Value {
		f := fsOf(t.Machine())
		p := &osPipe{}
		node := &fnode{mode: fs.ModeNamedPipe | 0o600, modTime: t.Machine().Now()}
		p.r = &ofile{name: "|0", node: node, fd: f.nextFD, read: true, pipe: p}
		p.w = &ofile{name: "|1", node: node, fd: f.nextFD + 1, write: true, pipe: p}
		f.nextFD += 2
		return interp.Tuple(fileValue(p.r), fileValue(p.w), interp.Value{})
	})
}

func init() {
	// There are no links: Readlink fails as on a file that is not one.
	registerOS("Readlink", func(t *interp.Thread, args []interp.Value) interp.Value {
		name := args[0].Str()
		if _, e := fsOf(t.Machine()).lookup(name); e != 0 {
			return interp.Tuple(interp.Value{}, pathErrno(t, "readlink", name, e))
		}
		return interp.Tuple(interp.Value{}, pathErrno(t, "readlink", name, eINVAL))
	})
	// CopyFS walks fsys as Go's does, making directories and new files.
	interp.Register("os.CopyFS", func(t *interp.Thread, args []interp.Value) interp.Value {
		dir, fsys := args[0].Str(), args[1]
		visit := interp.NativeClosure("os.CopyFS.func1", func(t *interp.Thread, a []interp.Value) interp.Value {
			p, d, err := a[0].Str(), a[1], a[2]
			if err.R != nil {
				return err
			}
			newPath := dir + "/" + p
			if p == "." {
				newPath = dir
			}
			switch mode := fs.FileMode(call(t, d, "Type").N); mode {
			case fs.ModeDir:
				return mkdirAll(t, newPath, 0o777)
			case 0:
				r := call(t, fsys, "Open", interp.String(p)).Elems()
				if r[1].R != nil {
					return r[1]
				}
				defer call(t, r[0], "Close")
				st := call(t, r[0], "Stat").Elems()
				if st[1].R != nil {
					return st[1]
				}
				perm := 0o666 | fs.FileMode(call(t, st[0], "Mode").N)&0o777
				w, err := openFile(t, newPath, oCREATE|oEXCL|oWRONLY, perm)
				if w == nil {
					return err
				}
				m := t.Machine()
				wv := interp.MakeIface(m.TypeOf(types.NewPointer(m.LookupType("os", "File").T)), fileValue(w))
				if _, err := ioCopy(t, wv, r[0], 32*1024, -1, false); err.R != nil {
					w.closed = true
					return pathError(t, "Copy", newPath, err)
				}
				w.closed = true
				return interp.Value{}
			default:
				return pathError(t, "CopyFS", p, libErr(t, "io/fs", "ErrInvalid"))
			}
		})
		info, err := fsStat(t, fsys, ".")
		if err.R != nil {
			return t.Call(visit, interp.String("."), interp.Value{}, err)
		}
		d := interp.MakeIface(statDirEntryType(t), interp.Value{R: &interp.Value{R: []interp.Value{info}}})
		err = walkDir(t, fsys, ".", d, visit)
		if isErr(t, err, "io/fs", "SkipDir") || isErr(t, err, "io/fs", "SkipAll") {
			return interp.Value{}
		}
		return err
	})
}

func init() {
	// Hard links share the node; there are no symbolic links.
	registerOS("Link", func(t *interp.Thread, args []interp.Value) interp.Value {
		f := fsOf(t.Machine())
		old, new := args[0].Str(), args[1].Str()
		n, e := f.lookup(old)
		switch {
		case e != 0:
			return linkError(t, "link", old, new, e)
		case n.dir:
			return linkError(t, "link", old, new, ePERM)
		}
		if _, e := f.lookup(new); e == 0 {
			return linkError(t, "link", old, new, eEXIST)
		}
		if e := f.parentOK(new); e != 0 {
			return linkError(t, "link", old, new, e)
		}
		f.nodes[f.abs(new)] = n
		return interp.Value{}
	})
}

// readStdin reads the program's standard input (Options.Stdin; empty in
// the playground).
func readStdin(t *interp.Thread, p []byte) (int, interp.Value) {
	if len(p) == 0 {
		return 0, interp.Value{}
	}
	n, err := t.Machine().ReadStdin(p)
	if err != nil {
		return n, fromHostError(t.Machine(), err)
	}
	return n, interp.Value{}
}

func init() {
	// NewFile of a standard descriptor is another *File for it; any other
	// descriptor is not open (its operations fail with EBADF).
	interp.Register("os.NewFile", func(t *interp.Thread, args []interp.Value) interp.Value {
		fd, name := args[0].Uint(), args[1].Str()
		if int64(fd) < 0 {
			return interp.Value{}
		}
		if fd <= 2 {
			cell := interp.Zero(t.Machine().LookupType("os", "File"))
			fileTable(t.Machine())[&cell] = int(fd)
			return interp.Value{R: &cell}
		}
		return fileValue(&ofile{name: name, fd: int(fd), node: &fnode{}})
	})
}
