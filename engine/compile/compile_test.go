package compile

import (
	"flag"
	"go/token"
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/ssa"

	"interleave/engine/stdlib"
)

var update = flag.Bool("update", false, "rewrite testdata/errors/*.want from the real go build")

// knownDiffs lists the programs in testdata/errors where our errors differ
// from gc's, with the reason. The test logs their difference and fails if
// one starts to match (then remove it from here).
var knownDiffs = map[string]string{}

// goBuild compiles the program as `go run prog.go` does (for js/wasm, the
// sandbox's target) and returns its errors as Compile prints them: without
// the "# command-line-arguments" header and with "prog.go:" for "./prog.go:"
// at the start of a line.
func goBuild(t *testing.T, src []byte) string {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "prog.go"), src, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "run", "prog.go")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "GOFLAGS=", "GO111MODULE=off", "GOTOOLCHAIN=local")
	out, err := cmd.CombinedOutput()
	if err == nil {
		return ""
	}
	text := strings.TrimSuffix(string(out), "\n")
	text = strings.TrimPrefix(text, "# command-line-arguments\n")
	// The go command writes "./prog.go:" at the start of each error, and
	// also in the positions errors quote ("\t./prog.go:6:6: other
	// declaration of x"); Compile writes only the former as "prog.go:".
	var lines []string
	for line := range strings.SplitSeq(text, "\n") {
		lines = append(lines, strings.TrimPrefix(line, "./"))
	}
	return strings.Join(lines, "\n")
}

// TestErrors compiles each broken program in testdata/errors and compares
// the errors with NAME.want, which `go test -update` records from the real
// go build. When go is on PATH, it also checks that the .want files still
// say what go build says.
func TestErrors(t *testing.T) {
	files, _ := filepath.Glob("testdata/errors/*.txt")
	_, noGo := exec.LookPath("go")
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".txt")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			wantFile := strings.TrimSuffix(file, ".txt") + ".want"
			if *update {
				if err := os.WriteFile(wantFile, []byte(goBuild(t, src)+"\n"), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			wantBytes, err := os.ReadFile(wantFile)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			want := strings.TrimSuffix(string(wantBytes), "\n")
			if noGo == nil && !testing.Short() && !*update {
				if live := goBuild(t, src); live != want {
					t.Errorf("%s is stale (run go test -update); go build says:\n%s", wantFile, live)
				}
			}
			got := ""
			if _, err := Compile("prog.go", src); err != nil {
				got = err.Error()
			}
			if reason, known := knownDiffs[name]; known {
				if got == want {
					t.Errorf("known difference (%s) is gone: remove %s from knownDiffs", reason, name)
				} else {
					t.Logf("known difference: %s\ngot:\n%s\ngc:\n%s", reason, got, want)
				}
				return
			}
			if got != want {
				t.Errorf("got:\n%s\ngc:\n%s", got, want)
			}
		})
	}
}

func TestNotAvailable(t *testing.T) {
	src := "package main\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n\t\"unsafe\"\n\t\"C\"\n)\n\nfunc main() { fmt.Println(http.StatusOK, unsafe.Sizeof(1)) }\n"
	_, err := Compile("prog.go", []byte(src))
	list := "bufio, bytes, cmp, container/heap, container/list, container/ring, context, errors, flag, fmt, io, io/fs, iter, log, maps, math, math/bits, math/cmplx, math/rand, math/rand/v2, os, runtime, slices, sort, strconv, strings, sync, sync/atomic, time, unicode, unicode/utf16, unicode/utf8"
	if list != stdlib.List() {
		t.Fatalf("stdlib.List() = %s", stdlib.List())
	}
	want := `prog.go:5:2: package "net/http" is not available in the playground; available: ` + list + "\n" +
		`prog.go:6:2: package "unsafe" is not available in the playground; available: ` + list + "\n" +
		`prog.go:7:2: package "C" is not available in the playground; available: ` + list
	if err == nil || err.Error() != want {
		t.Errorf("got:\n%v\nwant:\n%s", err, want)
	}
	if list, ok := err.(ErrorList); !ok || len(list) != 3 || list[0].Line != 5 || list[0].Col != 2 {
		t.Errorf("err = %#v, want an ErrorList of 3 with the first at 5:2", err)
	}
}

// TestEveryPackage compiles a program using one name of each sandbox package.
func TestEveryPackage(t *testing.T) {
	for _, path := range stdlib.Packages {
		pkg, err := stdlib.Default.Import(path)
		if err != nil {
			t.Fatal(err)
		}
		use := ""
		for _, n := range pkg.Scope().Names() {
			switch obj := pkg.Scope().Lookup(n).(type) {
			case *types.Const, *types.Var:
				use = "var _ = p." + n
			case *types.Func:
				if obj.Signature().TypeParams() == nil {
					use = "var _ = p." + n
				}
			case *types.TypeName:
				iface, _ := obj.Type().Underlying().(*types.Interface)
				if named, ok := obj.Type().(*types.Named); ok && named.TypeParams() == nil && (iface == nil || iface.IsMethodSet()) {
					use = "var _ *p." + n
				}
			}
			if use != "" && token.IsExported(n) {
				break
			}
			use = ""
		}
		name := "p"
		if use == "" { // only generic names: import for effect
			name = "_"
		}
		src := "package main\n\nimport " + name + " \"" + path + "\"\n\n" + use + "\n\nfunc main() {}\n"
		if _, err := (&Config{Mode: ssa.SanityCheckFunctions}).Compile("prog.go", []byte(src)); err != nil {
			t.Errorf("%s:\n%s\n%v", path, src, err)
		}
	}
}

func TestErrorsNotPanics(t *testing.T) {
	for _, src := range []string{"", "package", "package main", "package main\nfunc main() {", "\x00\xff", "package main\nimport \"\"\nfunc main(){}"} {
		_, err := Compile("prog.go", []byte(src))
		if err == nil {
			t.Errorf("%q compiled", src)
		}
	}
}

func TestWorkerPoolCompiles(t *testing.T) {
	src, err := os.ReadFile("testdata/bench/workerpool.go")
	if err != nil {
		t.Fatal(err)
	}
	res, err := (&Config{Mode: ssa.SanityCheckFunctions}).Compile("prog.go", src)
	if err != nil {
		t.Fatal(err)
	}
	if res.Main.Func("main") == nil || res.Prog.ImportedPackage("sync") == nil {
		t.Errorf("no main.main or no sync package in the program")
	}
	// The generic Map is instantiated.
	var instances int
	for _, b := range res.Main.Func("main").Blocks {
		for _, instr := range b.Instrs {
			if call, ok := instr.(*ssa.Call); ok {
				if fn := call.Call.StaticCallee(); fn != nil && fn.Origin() != nil && fn.Origin().Name() == "Map" {
					instances++
				}
			}
		}
	}
	if instances == 0 {
		t.Errorf("Map[Result, string] not instantiated")
	}
}

// BenchmarkCompile compiles a 115-line worker pool: parse (both parsers),
// type-check and build SSA.
func BenchmarkCompile(b *testing.B) {
	src, err := os.ReadFile("testdata/bench/workerpool.go")
	if err != nil {
		b.Fatal(err)
	}
	if err := stdlib.Load(); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Compile("prog.go", src); err != nil {
			b.Fatal(err)
		}
	}
}
