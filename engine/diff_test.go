package engine

// The differential suite: every program under testdata/diff (sequential) and
// testdata/conc (concurrent, run under several seeds) is built and run by the
// real Go toolchain and by the engine, and the two results must agree:
// stdout byte for byte, the exit code, and stderr after normalizeStderr (which
// drops what legitimately differs between runs and machines: addresses,
// +0x offsets, argument words, absolute paths, runtime-internal frames).
//
// Expected results always come from the toolchain during the test; nothing
// is recorded. Run one program alone with
//
//	go test ./engine -run 'TestDifferential/042_'
//
// (subtests are named after the file: NNN_topic for testdata/diff,
// conc_NNN_topic/seed=S for testdata/conc).

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"testing"
	"time"
)

// concSeeds are the seeds every testdata/conc program runs under.
var concSeeds = []int64{1, 2, 3, 4, 5}

const (
	nativeTimeout = 30 * time.Second // one run of a compiled program
	engineTimeout = 60 * time.Second // one engine run (it cannot be killed, only abandoned)
)

// runResult is what one run of a program produced, natively or in the engine.
type runResult struct {
	Stdout, Stderr string
	ExitCode       int
	// CompileError: the toolchain rejected the program; Stderr holds the
	// compiler's messages.
	CompileError bool
}

func TestDifferential(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go is not on PATH: the differential suite needs the real toolchain")
	}
	type program struct {
		name  string // subtest name
		path  string
		seeds []int64
	}
	var progs []program
	for _, d := range []struct {
		dir    string
		prefix string
		seeds  []int64
	}{
		{"testdata/diff", "", []int64{1}},
		{"testdata/conc", "conc_", concSeeds},
	} {
		files, err := filepath.Glob(filepath.Join(d.dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			progs = append(progs, program{d.prefix + strings.TrimSuffix(filepath.Base(f), ".go"), f, d.seeds})
		}
	}
	if len(progs) == 0 {
		t.Fatal("no programs under testdata/diff or testdata/conc")
	}

	tmp := t.TempDir()
	// Real builds are CPU-bound: at most NumCPU at a time.
	builds := make(chan struct{}, runtime.NumCPU())
	for _, p := range progs {
		t.Run(p.name, func(t *testing.T) {
			t.Parallel()
			src, err := os.ReadFile(p.path)
			if err != nil {
				t.Fatal(err)
			}
			bin := filepath.Join(tmp, p.name)
			builds <- struct{}{}
			want, err := runNative(goBin, p.path, bin)
			<-builds
			if err != nil {
				t.Fatalf("real toolchain: %v", err)
			}
			if len(p.seeds) == 1 {
				compareRun(t, p.path, src, p.seeds[0], want, nil)
				return
			}
			// A concurrent program's output must not depend on the
			// schedule, but a binary starved of CPU by the parallel
			// tests can miss a timer's deadline: when the engine
			// disagrees, the binary runs again, and any output go run
			// gives is one Go can produce.
			var reruns []runResult
			rerun := func(i int) (runResult, error) {
				for len(reruns) <= i {
					builds <- struct{}{}
					r, err := execNative(p.path, bin)
					<-builds
					if err != nil {
						return r, err
					}
					reruns = append(reruns, r)
				}
				return reruns[i], nil
			}
			for _, seed := range p.seeds {
				t.Run(fmt.Sprintf("seed=%d", seed), func(t *testing.T) {
					compareRun(t, p.path, src, seed, want, rerun)
				})
			}
		})
	}
}

// runNative builds file with the real toolchain into bin and runs it. A
// compile error is reported like `go run` reports it: exit code 1 and the
// compiler's messages (without the "# command-line-arguments" header, paths
// relative to the file's directory without "./").
func runNative(goBin, file, bin string) (runResult, error) {
	abs, err := filepath.Abs(file)
	if err != nil {
		return runResult{}, err
	}
	build := exec.Command(goBin, "build", "-o", bin, filepath.Base(abs))
	build.Dir = filepath.Dir(abs)
	build.Env = append(os.Environ(), "GOFLAGS=-buildvcs=false", "CGO_ENABLED=0")
	var berr bytes.Buffer
	build.Stdout = &berr
	build.Stderr = &berr
	if err := build.Run(); err != nil {
		out := berr.String()
		if !strings.Contains(out, "# command-line-arguments") {
			return runResult{}, fmt.Errorf("go build %s: %v\n%s", file, err, out)
		}
		return runResult{Stderr: normalizeCompileErrors(out), ExitCode: 1, CompileError: true}, nil
	}
	return execNative(file, bin)
}

// nativeReruns bounds the extra runs of a concurrent program's binary when
// the engine disagrees with the first (see TestDifferential).
const nativeReruns = 2

// execNative runs the binary bin built from file.
func execNative(file, bin string) (runResult, error) {
	ctx, cancel := context.WithTimeout(context.Background(), nativeTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin)
	cmd.Dir = filepath.Dir(bin)
	// A clean environment for the program: Go's default traceback level.
	cmd.Env = slices.DeleteFunc(os.Environ(), func(kv string) bool {
		return strings.HasPrefix(kv, "GOTRACEBACK=") || strings.HasPrefix(kv, "GODEBUG=")
	})
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	err := cmd.Run()
	res := runResult{Stdout: stdout.String(), Stderr: stderr.String()}
	var exitErr *exec.ExitError
	switch {
	case err == nil:
	case ctx.Err() != nil:
		return res, fmt.Errorf("%s timed out after %v (sequential programs must terminate)", file, nativeTimeout)
	case errors.As(err, &exitErr) && exitErr.ExitCode() >= 0:
		res.ExitCode = exitErr.ExitCode()
	default:
		return res, fmt.Errorf("running %s: %v", file, err)
	}
	return res, nil
}

// runEngine runs src in the engine, reporting an engine panic as an error and giving up (and leaking the run) after
// engineTimeout so a hung interpreter fails one subtest instead of the suite.
func runEngine(file string, src []byte, seed int64) (runResult, error) {
	type outcome struct {
		r     *Result
		crash string
	}
	done := make(chan outcome, 1)
	go func() {
		// An engine panic fails this program only, not the whole suite.
		defer func() {
			if p := recover(); p != nil {
				done <- outcome{crash: fmt.Sprintf("engine panicked: %v\n%s", p, debug.Stack())}
			}
		}()
		done <- outcome{r: Run(filepath.Base(file), src, Options{Seed: seed})}
	}()
	select {
	case o := <-done:
		if o.r == nil {
			return runResult{}, errors.New(o.crash)
		}
		return runResult{Stdout: o.r.Stdout, Stderr: o.r.Stderr, ExitCode: o.r.ExitCode}, nil
	case <-time.After(engineTimeout):
		return runResult{}, fmt.Errorf("engine did not return within %v", engineTimeout)
	}
}

// compareRun runs src in the engine with seed and compares the result with
// want, go run's. rerun, if not nil, gives go run's i-th extra result for
// a concurrent program: the engine's result may match one of those.
func compareRun(t *testing.T, file string, src []byte, seed int64, want runResult, rerun func(i int) (runResult, error)) {
	t.Helper()
	got, err := runEngine(file, src, seed)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; rerun != nil && i < nativeReruns && !sameRun(want, got); i++ {
		again, err := rerun(i)
		if err != nil {
			t.Fatalf("real toolchain, run %d: %v", i+2, err)
		}
		if sameRun(again, got) {
			t.Logf("go run's first output differed (a binary starved of CPU); run %d agrees with the engine", i+2)
			want = again
		}
	}
	if got.ExitCode != want.ExitCode {
		t.Errorf("exit code: go run gives %d, engine gives %d", want.ExitCode, got.ExitCode)
	}
	if got.Stdout != want.Stdout {
		t.Errorf("stdout differs:\n%s", textDiff(want.Stdout, got.Stdout))
	}
	var ws, gs string
	if want.CompileError {
		// The compiler's messages, exactly.
		ws, gs = normalizeCompileErrors(want.Stderr), normalizeCompileErrors(got.Stderr)
	} else {
		ws, gs = normalizeStderr(want.Stderr), normalizeStderr(got.Stderr)
	}
	if ws != gs {
		t.Errorf("stderr differs (normalized):\n%s", textDiff(ws, gs))
	}
}

// sameRun reports whether two results agree as compareRun compares them.
func sameRun(want, got runResult) bool {
	if want.ExitCode != got.ExitCode || want.Stdout != got.Stdout {
		return false
	}
	if want.CompileError {
		return normalizeCompileErrors(want.Stderr) == normalizeCompileErrors(got.Stderr)
	}
	return normalizeStderr(want.Stderr) == normalizeStderr(got.Stderr)
}

// normalizeCompileErrors turns `go build` output into the form `go run`
// users read and the engine prints: no "# pkg" header, no "./" before paths.
func normalizeCompileErrors(s string) string {
	var b strings.Builder
	for line := range strings.SplitSeq(strings.TrimRight(s, "\n"), "\n") {
		if strings.HasPrefix(line, "# ") {
			continue
		}
		b.WriteString(strings.TrimPrefix(line, "./"))
		b.WriteByte('\n')
	}
	return b.String()
}

var (
	// goroutine 1 [running]:  /  goroutine 1 gp=0x.. m=3 mp=0x.. [running]:
	goroutineHeader = regexp.MustCompile(`^goroutine (\d+)(?: gp=\S+ m=\S+(?: mp=\S+)?)? \[(.*)\]:$`)
	createdBy       = regexp.MustCompile(`^created by (\S+) in goroutine (\d+)$`)
	framesElided    = regexp.MustCompile(`^\.\.\.\d* ?(additional )?frames elided\.\.\.$`)
	// \t/abs/path/prog.go:12 +0x1d fp=0x.. sp=0x.. pc=0x..
	frameLocation = regexp.MustCompile(`^\t(.*):(\d+)(?: .*)?$`)
	// panic: (main.P) 0xc000012345 -- non-printable panic values print an address.
	panicAddr = regexp.MustCompile(`(panic: \(.*\)) 0x[0-9a-f]+`)
	signalPC  = regexp.MustCompile(`pc=0x[0-9a-f]+`)
)

// normalizeStderr reduces a program's stderr to what must match between Go
// and the engine. Everything up to the first goroutine header (the program's
// own writes, "panic: ..." with its "[recovered]" and continuation lines,
// "fatal error: ...", the "[signal SIGSEGV ...]" line) is kept verbatim,
// except for addresses: pc= values, the address printed for a panic value
// without a printable form, the "runtime: sp=..." line, and the "runtime
// stack:" section. Each goroutine dump is reduced to its header ("goroutine N
// [state]:", with N kept only for goroutine 1), and its frames in package
// main: function names without argument lists and file:line locations with
// the file's base name. Runtime frames, goroutines without main frames
// (system goroutines in fatal errors), "frames elided" markers and
// consecutive repeats of a frame (deep recursion) are dropped.
func normalizeStderr(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	var out []string
	i := 0
	// Prelude.
	for ; i < len(lines); i++ {
		line := lines[i]
		if goroutineHeader.MatchString(line) {
			break
		}
		if strings.HasPrefix(line, "runtime: sp=") {
			continue
		}
		if line == "runtime stack:" {
			for i < len(lines) && lines[i] != "" {
				i++
			}
			continue
		}
		line = panicAddr.ReplaceAllString(line, "$1 0x?")
		if strings.HasPrefix(line, "[signal ") {
			line = signalPC.ReplaceAllString(line, "pc=0x?")
		}
		out = append(out, line)
	}
	// Goroutine dumps, separated by blank lines.
	for i < len(lines) {
		m := goroutineHeader.FindStringSubmatch(lines[i])
		if m == nil { // stray text between dumps: keep it
			out = append(out, lines[i])
			i++
			continue
		}
		block := []string{"goroutine " + goroutineID(m[1]) + " [" + m[2] + "]:"}
		mainFrames := 0
		i++
		for i < len(lines) && lines[i] != "" && !goroutineHeader.MatchString(lines[i]) {
			line := lines[i]
			i++
			var loc string
			if i < len(lines) && strings.HasPrefix(lines[i], "\t") {
				if lm := frameLocation.FindStringSubmatch(lines[i]); lm != nil {
					loc = "\t" + filepath.Base(lm[1]) + ":" + lm[2]
				}
				i++
			}
			var fn string
			if cm := createdBy.FindStringSubmatch(line); cm != nil {
				fn = "created by " + cm[1] + " in goroutine " + goroutineID(cm[2])
				if !strings.HasPrefix(cm[1], "main.") {
					continue
				}
			} else if framesElided.MatchString(line) {
				continue
			} else {
				fn = stripArgs(line)
				if !strings.HasPrefix(fn, "main.") {
					continue
				}
			}
			n := len(block)
			if n >= 3 && block[n-2] == fn && block[n-1] == loc {
				continue // recursion: one copy of a repeated frame
			}
			block = append(block, fn, loc)
			mainFrames++
		}
		for i < len(lines) && lines[i] == "" {
			i++
		}
		if mainFrames > 0 {
			out = append(out, block...)
			out = append(out, "")
		}
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	if len(out) == 0 {
		return ""
	}
	return strings.Join(out, "\n") + "\n"
}

func goroutineID(id string) string {
	if id == "1" {
		return id
	}
	return "N"
}

// stripArgs removes the trailing argument list from a traceback function
// line: "main.(*Stack[...]).Push(0xc000010018, 0x2)" -> "main.(*Stack[...]).Push".
func stripArgs(line string) string {
	if !strings.HasSuffix(line, ")") {
		return line
	}
	depth := 0
	for j := len(line) - 1; j >= 0; j-- {
		switch line[j] {
		case ')':
			depth++
		case '(':
			depth--
			if depth == 0 {
				return line[:j]
			}
		}
	}
	return line
}

// textDiff shows expected and actual text with the first differing line.
func textDiff(want, got string) string {
	const max = 4000
	wl := strings.Split(want, "\n")
	gl := strings.Split(got, "\n")
	first := 0
	for first < len(wl) && first < len(gl) && wl[first] == gl[first] {
		first++
	}
	var b strings.Builder
	at := func(l []string, i int) string {
		if i < len(l) {
			return fmt.Sprintf("%q", l[i])
		}
		return "(end of output)"
	}
	fmt.Fprintf(&b, "first difference at line %d:\n  go run: %s\n  engine: %s\n", first+1, at(wl, first), at(gl, first))
	trunc := func(s string) string {
		if len(s) > max {
			return s[:max] + "\n... (truncated)"
		}
		return s
	}
	fmt.Fprintf(&b, "--- go run (%d bytes)\n%s\n--- engine (%d bytes)\n%s\n---", len(want), trunc(want), len(got), trunc(got))
	return b.String()
}

// TestNormalizeStderr checks the normalizer on outputs captured from real
// Go 1.26 programs (a re-panic in a deferred function, a runtime error in a
// goroutine, and a stack overflow, shortened).
func TestNormalizeStderr(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"repanic", `recovered first
panic: first [recovered]
	panic: again: first

goroutine 1 [running]:
main.f.func1()
	/tmp/probe/a.go:12 +0xb9
panic({0x4ad500?, 0x2b618289a040?})
	/usr/local/go/src/runtime/panic.go:860 +0x13a
main.f()
	/tmp/probe/a.go:14 +0x58
main.main()
	/tmp/probe/a.go:18 +0xf
`, `recovered first
panic: first [recovered]
	panic: again: first

goroutine 1 [running]:
main.f.func1
	a.go:12
main.f
	a.go:14
main.main
	a.go:18
`},
		{"goroutine", `panic: runtime error: index out of range [5] with length 0

goroutine 7 [running]:
main.main.func1()
	/tmp/probe/i.go:7 +0x9
created by main.main in goroutine 1
	/tmp/probe/i.go:7 +0x66
`, `panic: runtime error: index out of range [5] with length 0

goroutine N [running]:
main.main.func1
	i.go:7
created by main.main in goroutine 1
	i.go:7
`},
		{"value address", `panic: (main.P) 0x497dd8
[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x49fe54]

goroutine 1 [running]:
main.(*Stack[...]).Push(0xc000010018, {0x2, 0x3})
	/tmp/probe/h.go:7 +0x2d
main.main()
	/tmp/probe/h.go:9 +0x2d
`, `panic: (main.P) 0x?
[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x?]

goroutine 1 [running]:
main.(*Stack[...]).Push
	h.go:7
main.main
	h.go:9
`},
		{"stack overflow", `runtime: goroutine stack exceeds 1000000000-byte limit
runtime: sp=0x384bbe0e0388 stack=[0x384bbe0e0000, 0x384bde0e0000]
fatal error: stack overflow

runtime stack:
runtime.throw({0x491047?, 0x417665?})
	/usr/local/go/src/runtime/panic.go:1229 +0x48 fp=0x384b9e057e98 sp=0x384b9e057e68 pc=0x472188
runtime.morestack()
	/usr/local/go/src/runtime/asm_amd64.s:681 +0x7d fp=0x384b9e057fd0 sp=0x384b9e057fc8 pc=0x475c3d

goroutine 1 gp=0x384b9e0081e0 m=3 mp=0x384b9e041008 [running]:
main.r(0x2aaaa4d?)
	/tmp/probe/b.go:3 +0x2b fp=0x384bbe0e0398 sp=0x384bbe0e0390 pc=0x47a76b
main.r(...)
	/tmp/probe/b.go:3
main.r(0x0?)
	/tmp/probe/b.go:3 +0x17 fp=0x384bbe0e03b0 sp=0x384bbe0e0398 pc=0x47a757
...44739053 frames elided...
main.r(...)
	/tmp/probe/b.go:3
main.main()
	/tmp/probe/b.go:5 +0x17 fp=0x384bbe0e03b0 sp=0x384bbe0e0398 pc=0x47a757

goroutine 2 gp=0x4f329f28780 m=nil [force gc (idle)]:
runtime.gopark(0x0?, 0x0?, 0x0?, 0x0?, 0x0?)
	/usr/local/go/src/runtime/proc.go:462 +0xce fp=0x4f329f5cfa8 sp=0x4f329f5cf88 pc=0x4723ee
runtime.goexit({})
	/usr/local/go/src/runtime/asm_amd64.s:1771 +0x1 fp=0x4f329f5cfe8 sp=0x4f329f5cfe0 pc=0x4778a1
created by runtime.init.7 in goroutine 1
	/usr/local/go/src/runtime/proc.go:350 +0x1a fp=0x4f329f5cfe8 sp=0x4f329f5cfe0 pc=0x4778a1
`, `runtime: goroutine stack exceeds 1000000000-byte limit
fatal error: stack overflow

goroutine 1 [running]:
main.r
	b.go:3
main.main
	b.go:5
`},
		{"plain stderr", "warning: low stock\n", "warning: low stock\n"},
		{"empty", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := normalizeStderr(tc.in); got != tc.want {
				t.Errorf("normalizeStderr:\n%s", textDiff(tc.want, got))
			}
		})
	}
}

func TestNormalizeCompileErrors(t *testing.T) {
	in := "# command-line-arguments\n./d.go:5:2: \"os\" imported and not used\n./d.go:9:2: declared and not used: x\n"
	want := "d.go:5:2: \"os\" imported and not used\nd.go:9:2: declared and not used: x\n"
	if got := normalizeCompileErrors(in); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
