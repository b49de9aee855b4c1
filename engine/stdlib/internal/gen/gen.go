// Package gen produces the type data of the sandbox standard library: the
// export data of each sandbox package, built for GOOS=linux GOARCH=amd64 by the Go
// toolchain on PATH and re-encoded with gcexportdata.Write.
//
// The blob it writes is read by package stdlib. Its format is:
//
//	"interleave-stdlib\n"
//	go version line ("go1.26.8\n")
//	uvarint package count
//	per package, in the order given: uvarint len, path; uvarint len, export data
//
// Each package's export data is "deep" (it also declares the objects of other
// packages it refers to), so the packages can be decoded in any order into one
// shared map.
package gen

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"strings"

	"golang.org/x/tools/go/gcexportdata"
)

// Magic opens every blob.
const Magic = "interleave-stdlib\n"

// GoVersion reports the version of the go command on PATH ("go1.26.8").
func GoVersion() (string, error) {
	out, err := exec.Command("go", "env", "GOVERSION").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOVERSION: %v", err)
	}
	return strings.TrimSpace(string(out)), nil
}

// Generate builds the blob for pkgs with the go command on PATH.
func Generate(pkgs []string) ([]byte, error) {
	version, err := GoVersion()
	if err != nil {
		return nil, err
	}
	exports, err := exportFiles(pkgs)
	if err != nil {
		return nil, err
	}

	fset := token.NewFileSet()
	imports := make(map[string]*types.Package)
	decoded := make(map[string]*types.Package)
	for _, path := range pkgs {
		pkg, err := readExport(fset, imports, path, exports[path])
		if err != nil {
			return nil, err
		}
		decoded[path] = pkg
	}

	var blob bytes.Buffer
	blob.WriteString(Magic)
	blob.WriteString(version + "\n")
	writeUvarint(&blob, uint64(len(pkgs)))
	for _, path := range pkgs {
		var data bytes.Buffer
		// A nil FileSet drops the positions of std objects: nothing shows
		// them to a learner, and every std object then has token.NoPos, so
		// the decoded packages fit any FileSet.
		if err := gcexportdata.Write(&data, nil, decoded[path]); err != nil {
			return nil, fmt.Errorf("encoding %s: %v", path, err)
		}
		writeUvarint(&blob, uint64(len(path)))
		blob.WriteString(path)
		writeUvarint(&blob, uint64(data.Len()))
		blob.Write(data.Bytes())
	}
	return blob.Bytes(), nil
}

// exportFiles maps each package (and dependency) to its compiler export file.
func exportFiles(pkgs []string) (map[string]string, error) {
	args := append([]string{"list", "-export", "-deps", "-json=ImportPath,Export,Error"}, pkgs...)
	cmd := exec.Command("go", args...)
	cmd.Env = append(os.Environ(), "GOOS=linux", "GOARCH=amd64", "CGO_ENABLED=0", "GOFLAGS=")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go list: %v\n%s", err, stderr.Bytes())
	}
	files := make(map[string]string)
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p struct {
			ImportPath string
			Export     string
			Error      *struct{ Err string }
		}
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			return nil, err
		}
		if p.Error != nil {
			return nil, fmt.Errorf("go list %s: %s", p.ImportPath, p.Error.Err)
		}
		files[p.ImportPath] = p.Export
	}
	for _, path := range pkgs {
		if files[path] == "" {
			return nil, fmt.Errorf("go list: no export data for %s", path)
		}
	}
	return files, nil
}

func readExport(fset *token.FileSet, imports map[string]*types.Package, path, file string) (*types.Package, error) {
	if pkg := imports[path]; pkg != nil && pkg.Complete() {
		return pkg, nil
	}
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r, err := gcexportdata.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("reading export data for %s: %v", path, err)
	}
	return gcexportdata.Read(r, fset, imports, path)
}

func writeUvarint(w *bytes.Buffer, x uint64) {
	w.Write(binary.AppendUvarint(nil, x))
}
