package engine

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// schedSeeds is how many seeds TestScheduleDependent runs each program under.
const schedSeeds = 200

// schedRun is one observable outcome of a schedule-dependent program.
type schedRun struct {
	Stdout string
	Exit   int
}

func (r schedRun) String() string {
	return fmt.Sprintf("%q exit=%d", r.Stdout, r.Exit)
}

// schedDecl is the declaration at the top of a testdata/sched program: the
// runs it may produce, and which of them must show up over schedSeeds seeds.
// The format is documented in testdata/sched/README.md.
type schedDecl struct {
	Runs   []schedRun // every declared run, in declaration order
	Expect []schedRun // runs that must appear at least once
}

func (d *schedDecl) allows(r schedRun) bool { return slices.Contains(d.Runs, r) }

var schedLine = regexp.MustCompile(`^// (output|expect): (".*")(?: exit=(\d+))?\s*$`)

// parseSchedDecl reads the declaration from the comment block before the
// package clause of src.
func parseSchedDecl(src []byte) (*schedDecl, error) {
	d := &schedDecl{}
	expectAll := false
	sc := bufio.NewScanner(bytes.NewReader(src))
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.HasPrefix(line, "package ") {
			break
		}
		if strings.TrimSpace(line) == "// expect-all" {
			expectAll = true
			continue
		}
		if !strings.HasPrefix(line, "// output:") && !strings.HasPrefix(line, "// expect:") {
			continue
		}
		m := schedLine.FindStringSubmatch(line)
		if m == nil {
			return nil, fmt.Errorf("line %d: malformed declaration %q", n, line)
		}
		stdout, err := strconv.Unquote(m[2])
		if err != nil {
			return nil, fmt.Errorf("line %d: %v in %s", n, err, m[2])
		}
		r := schedRun{Stdout: stdout}
		if m[3] != "" {
			r.Exit, _ = strconv.Atoi(m[3])
		}
		if !d.allows(r) {
			d.Runs = append(d.Runs, r)
		}
		if m[1] == "expect" && !slices.Contains(d.Expect, r) {
			d.Expect = append(d.Expect, r)
		}
	}
	if len(d.Runs) == 0 {
		return nil, errors.New("no `// output:` or `// expect:` line before the package clause")
	}
	if expectAll {
		d.Expect = slices.Clone(d.Runs)
	}
	return d, nil
}

func TestParseSchedDecl(t *testing.T) {
	src := []byte(`// A comment.
// output: "a\nb\n"
// expect: "b\na\n"
// output: "" exit=2
// expect: "b\na\n"
package main
// output: "ignored"
`)
	d, err := parseSchedDecl(src)
	if err != nil {
		t.Fatal(err)
	}
	want := &schedDecl{
		Runs:   []schedRun{{"a\nb\n", 0}, {"b\na\n", 0}, {"", 2}},
		Expect: []schedRun{{"b\na\n", 0}},
	}
	if fmt.Sprint(d) != fmt.Sprint(want) {
		t.Errorf("got %v, want %v", d, want)
	}
	d, err = parseSchedDecl([]byte("// output: \"x\"\n// expect-all\npackage main\n"))
	if err != nil || len(d.Expect) != 1 {
		t.Errorf("expect-all: got %v, %v", d, err)
	}
	for _, bad := range []string{
		"package main\n",
		"// output: x\npackage main\n",
		"// output: \"x\" exit=\npackage main\n",
		"// expect: \"\\q\"\npackage main\n",
	} {
		if _, err := parseSchedDecl([]byte(bad)); err == nil {
			t.Errorf("parseSchedDecl(%q): no error", bad)
		}
	}
}

// TestScheduleDependent runs every testdata/sched program through the engine
// under seeds 1..schedSeeds: each run must be declared, and every `expect` run
// must show up. It also checks that one real run of the program (built with
// the go tool, when it is on PATH) is declared.
func TestScheduleDependent(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "sched", "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no programs in testdata/sched")
	}
	seeds := int64(schedSeeds)
	if testing.Short() {
		seeds = 50
	}
	goTool, _ := exec.LookPath("go")
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".go")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			decl, err := parseSchedDecl(src)
			if err != nil {
				t.Fatalf("%s: %v", file, err)
			}
			t.Run("go", func(t *testing.T) {
				if goTool == "" {
					t.Skip("go not on PATH")
				}
				t.Parallel()
				r := runWithGo(t, goTool, file)
				if !decl.allows(r) {
					t.Errorf("go run printed an undeclared run: %v\ndeclared:\n%s", r, listRuns(decl.Runs))
				}
			})
			t.Run("engine", func(t *testing.T) {
				t.Parallel()
				p, err := Compile(filepath.Base(file), src)
				if err != nil {
					t.Fatalf("compile: %v", err)
				}
				seen := map[schedRun]int64{} // run -> first seed that produced it
				bad := 0
				for seed := int64(1); seed <= seeds; seed++ {
					res := p.Run(Options{Seed: seed})
					r := schedRun{Stdout: res.Stdout, Exit: res.ExitCode}
					if _, ok := seen[r]; !ok {
						seen[r] = seed
					}
					if !decl.allows(r) {
						bad++
						if bad <= 3 {
							t.Errorf("seed %d: undeclared run %v (stderr %q)", seed, r, res.Stderr)
						}
					}
				}
				if bad > 3 {
					t.Errorf("... %d undeclared runs in all", bad)
				}
				if testing.Short() || bad > 0 {
					return
				}
				for _, r := range decl.Expect {
					if _, ok := seen[r]; !ok {
						t.Errorf("expected run never produced in %d seeds: %v", seeds, r)
					}
				}
				if t.Failed() {
					var got []string
					for r, seed := range seen {
						got = append(got, fmt.Sprintf("  %v (first at seed %d)", r, seed))
					}
					slices.Sort(got)
					t.Logf("runs produced:\n%s", strings.Join(got, "\n"))
				}
			})
		})
	}
}

// runWithGo builds file with the go tool and runs the binary once, like
// `go run` but keeping the program's own exit status (`go run` turns any
// non-zero status into 1).
func runWithGo(t *testing.T, goTool, file string) schedRun {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "prog")
	build := exec.Command(goTool, "build", "-o", bin, file)
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build %s: %v\n%s", file, err, out)
	}
	var stdout bytes.Buffer
	cmd := exec.Command(bin)
	cmd.Stdout = &stdout
	err := cmd.Run()
	r := schedRun{Stdout: stdout.String()}
	if ee, ok := err.(*exec.ExitError); ok {
		r.Exit = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("running %s: %v", file, err)
	}
	return r
}

func listRuns(runs []schedRun) string {
	var b strings.Builder
	for _, r := range runs {
		fmt.Fprintf(&b, "  %v\n", r)
	}
	return b.String()
}
