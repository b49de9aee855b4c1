package stdlib

import (
	"bytes"
	"compress/gzip"
	"go/token"
	"go/types"
	"os/exec"
	"slices"
	"testing"

	"golang.org/x/tools/go/gcexportdata"

	"interleave/engine/stdlib/internal/gen"
)

func TestPackagesSorted(t *testing.T) {
	if !slices.IsSorted(Packages) {
		t.Errorf("Packages is not sorted: %v", Packages)
	}
	if slices.Contains(Packages, "unsafe") || slices.Contains(Packages, "C") {
		t.Errorf("Packages offers unsafe or cgo")
	}
}

func TestImportEvery(t *testing.T) {
	for _, path := range Packages {
		pkg, err := Default.Import(path)
		if err != nil {
			t.Errorf("Import(%q): %v", path, err)
			continue
		}
		if pkg.Path() != path || !pkg.Complete() || len(pkg.Scope().Names()) == 0 {
			t.Errorf("Import(%q) = %v, complete %v, %d names", path, pkg, pkg.Complete(), len(pkg.Scope().Names()))
		}
	}
}

func TestImportShared(t *testing.T) {
	// The io.Writer of fmt.Fprintln is the io.Writer a program imports.
	fmtPkg, _ := Default.Import("fmt")
	ioPkg, _ := Default.Import("io")
	fprintln := fmtPkg.Scope().Lookup("Fprintln").Type().(*types.Signature)
	if w := fprintln.Params().At(0).Type(); w != ioPkg.Scope().Lookup("Writer").Type() {
		t.Errorf("fmt.Fprintln's first parameter %v is not io.Writer", w)
	}
}

func TestImportNotAvailable(t *testing.T) {
	for _, path := range []string{"net/http", "io/ioutil", "internal/poll", "syscall", "unsafe", "C", "", "main"} {
		_, err := Default.Import(path)
		if _, ok := err.(*NotAvailableError); !ok {
			t.Errorf("Import(%q) = %v, want a NotAvailableError", path, err)
		}
	}
	_, err := Default.Import("net/http")
	want := `package "net/http" is not available in the playground; available: bufio, bytes, cmp, `
	if got := err.Error(); len(got) < len(want) || got[:len(want)] != want {
		t.Errorf("error = %q, want prefix %q", got, want)
	}
}

func TestTypesNoPositions(t *testing.T) {
	pkg, _ := Default.Import("sync")
	if pos := pkg.Scope().Lookup("Mutex").Pos(); pos != token.NoPos {
		t.Errorf("sync.Mutex has position %v, want NoPos", pos)
	}
}

// TestBlobUpToDate regenerates types.bin with the go command on PATH and
// compares. It skips when go is missing or is another version than the one
// that wrote the blob.
func TestBlobUpToDate(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command")
	}
	version, err := gen.GoVersion()
	if err != nil {
		t.Fatal(err)
	}
	if version != Version() {
		t.Skipf("types.bin was written by %s, go is %s", Version(), version)
	}
	fresh, err := gen.Generate(Packages)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(fresh, blob) {
		t.Errorf("types.bin is out of date (%d bytes, fresh %d): run go generate ./engine/stdlib", len(blob), len(fresh))
	}
}

func TestBlobSize(t *testing.T) {
	var z bytes.Buffer
	w, _ := gzip.NewWriterLevel(&z, gzip.BestCompression)
	w.Write(blob)
	w.Close()
	t.Logf("types.bin: %d packages, %d bytes, %d gzip -9", len(Packages), len(blob), z.Len())
}

// BenchmarkDecode measures decoding the whole blob, what the first Import
// pays once.
func BenchmarkDecode(b *testing.B) {
	_, entries, err := header()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		fset := token.NewFileSet()
		imports := make(map[string]*types.Package)
		for _, e := range entries {
			if _, err := gcexportdata.Read(bytes.NewReader(e.data), fset, imports, e.path); err != nil {
				b.Fatal(err)
			}
		}
	}
}
