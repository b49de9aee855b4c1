// This file holds the importer that serves the embedded type data.

package stdlib

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"go/token"
	"go/types"
	"strings"
	"sync"

	"golang.org/x/tools/go/gcexportdata"
)

//go:embed types.bin
var blob []byte

const magic = "interleave-stdlib\n" // keep in step with internal/gen

// An Importer imports the sandbox packages from the embedded type data. It
// implements types.ImporterFrom. The zero value is not usable; use Default.
//
// All Importers share the decoded packages, which are complete and never
// modified after decoding, so concurrent type checks may share them.
type Importer struct{}

// Default is the importer of the sandbox packages.
var Default types.ImporterFrom = Importer{}

// NotAvailableError is the error Import returns for a path outside the
// sandbox.
type NotAvailableError struct{ Path string }

func (e *NotAvailableError) Error() string {
	return fmt.Sprintf("package %q is not available in the playground; available: %s", e.Path, List())
}

// Import returns the sandbox package path.
func (Importer) Import(path string) (*types.Package, error) {
	return Importer{}.ImportFrom(path, "", 0)
}

// ImportFrom returns the sandbox package path; dir and mode are ignored.
func (Importer) ImportFrom(path, dir string, mode types.ImportMode) (*types.Package, error) {
	if !Available(path) {
		return nil, &NotAvailableError{Path: path}
	}
	pkgs, err := decode()
	if err != nil {
		return nil, err
	}
	return pkgs[path], nil
}

// Load decodes the type data now rather than on the first Import, for a
// caller that wants to pay the cost (about 8 ms natively) ahead of time.
func Load() error {
	_, err := decode()
	return err
}

// Version reports the Go version whose standard library the type data
// describes ("go1.26.8").
func Version() string {
	v, _, _ := header()
	return v
}

var decode = sync.OnceValues(func() (map[string]*types.Package, error) {
	version, entries, err := header()
	if err != nil {
		return nil, err
	}
	fset := token.NewFileSet() // stays empty: the data has no positions
	imports := make(map[string]*types.Package)
	pkgs := make(map[string]*types.Package, len(Packages))
	for _, e := range entries {
		pkg, err := gcexportdata.Read(bytes.NewReader(e.data), fset, imports, e.path)
		if err != nil {
			return nil, fmt.Errorf("stdlib: decoding %s (%s): %v", e.path, version, err)
		}
		pkgs[e.path] = pkg
	}
	for _, path := range Packages {
		if pkgs[path] == nil {
			return nil, fmt.Errorf("stdlib: no type data for %s; run go generate ./engine/stdlib", path)
		}
	}
	return pkgs, nil
})

type entry struct {
	path string
	data []byte
}

// header splits the blob into the Go version and the per-package data.
func header() (version string, entries []entry, err error) {
	b, ok := bytes.CutPrefix(blob, []byte(magic))
	if !ok {
		return "", nil, errors.New("stdlib: types.bin is not a type data blob")
	}
	version, _, ok = strings.Cut(string(b[:min(len(b), 64)]), "\n")
	if !ok {
		return "", nil, errors.New("stdlib: types.bin has no version")
	}
	b = b[len(version)+1:]
	next := func() []byte {
		n, k := binary.Uvarint(b)
		if k <= 0 || uint64(len(b)-k) < n {
			err = errors.New("stdlib: types.bin is truncated")
			b = nil
			return nil
		}
		v := b[k : k+int(n)]
		b = b[k+int(n):]
		return v
	}
	n, k := binary.Uvarint(b)
	if k <= 0 {
		return "", nil, errors.New("stdlib: types.bin is truncated")
	}
	b = b[k:]
	for range n {
		path := string(next())
		data := next()
		if err != nil {
			return "", nil, err
		}
		entries = append(entries, entry{path, data})
	}
	return version, entries, nil
}
