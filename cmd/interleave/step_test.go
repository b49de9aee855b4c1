package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"interleave/engine"
	"interleave/engine/sched"
)

// answerer is the learner at the keyboard: each Read answers the last
// choice printed to out, with one line.
type answerer struct {
	out    *bytes.Buffer
	answer func(gs []int) string // the goroutine ids offered -> a line
	asked  int
}

var optionLine = regexp.MustCompile(`(?m)^  goroutine (\d+) `)

func (a *answerer) Read(p []byte) (int, error) {
	s := a.out.String()
	last := s[strings.LastIndex(s, "choice "):]
	var gs []int
	for _, m := range optionLine.FindAllStringSubmatch(last, -1) {
		g, _ := strconv.Atoi(m[1])
		gs = append(gs, g)
	}
	a.asked++
	return copy(p, a.answer(gs)+"\n"), nil
}

// TestStepPicks takes the scheduler's seat in testdata/pick.go: main runs
// whenever it can, then the newest (or the oldest) goroutine. The picks
// decide the output, and the schedule printed replays it with run.
func TestStepPicks(t *testing.T) {
	for _, tc := range []struct {
		name   string
		newest bool
		want   string
	}{
		{"oldest", false, "a\nb\n"},
		{"newest", true, "b\na\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			in := &answerer{out: &out, answer: func(gs []int) string {
				if len(gs) == 0 {
					return "1" // a select: its first case
				}
				if gs[0] == 1 {
					return "1"
				}
				if tc.newest {
					return strconv.Itoa(gs[len(gs)-1])
				}
				return strconv.Itoa(gs[0])
			}}
			file := filepath.Join("testdata", "pick.go")
			schedFile := filepath.Join(t.TempDir(), "s.json")
			code := step(file, nil, 0, nil, schedFile, in, &out, &errOut)
			if code != 0 || errOut.Len() > 0 {
				t.Fatalf("exit %d, stderr %q\n%s", code, errOut.String(), out.String())
			}
			if !strings.HasSuffix(out.String(), "--- output (exit status 0)\n"+tc.want) {
				t.Fatalf("output ends:\n%s\nwant %q", tail(out.String()), tc.want)
			}
			if in.asked < 3 {
				t.Errorf("asked %d times", in.asked)
			}
			for _, want := range []string{
				"choice 1: which goroutine runs next?",
				"main.main.func1", "pick.go:12",
				"g1   go main.main.func1 (goroutine ",
				`print "a\n"  (line 14)`,
			} {
				if !strings.Contains(out.String(), want) {
					t.Errorf("the transcript lacks %q", want)
				}
			}
			// The schedule replays the run with `run -schedule`.
			b, err := os.ReadFile(schedFile)
			if err != nil {
				t.Fatal(err)
			}
			var s sched.Schedule
			if err := json.Unmarshal(b, &s); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(out.String(), "schedule: "+strings.TrimSpace(string(b))+"\n") {
				t.Errorf("the transcript does not print the schedule %s", b)
			}
			src, _ := os.ReadFile(file)
			for range 2 {
				r := engine.Run("pick.go", src, engine.Options{Schedule: &s})
				if r.Stdout != tc.want || r.ExitCode != 0 {
					t.Errorf("replayed: %q, exit %d; want %q", r.Stdout, r.ExitCode, tc.want)
				}
			}
		})
	}
}

// TestStepScript drives step from a fixed script: a wrong answer asks
// again, an empty line lets the scheduler pick, the end of input finishes
// the run with the scheduler, and q quits.
func TestStepScript(t *testing.T) {
	file := filepath.Join("testdata", "pick.go")
	var out, errOut bytes.Buffer
	code := step(file, nil, 3, nil, "", strings.NewReader("x\n99\n\n"), &out, &errOut)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	for _, want := range []string{
		"> x\n\"x\": type a number, an empty line, back, end or q\n",
		"> 99\ngoroutine 99 cannot run now\n",
		"(end of input: the scheduler runs the rest)\n",
		"--- output (exit status 0)\n",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the transcript lacks %q:\n%s", want, out.String())
		}
	}
	// back: at the first choice it cannot; after a pick it returns to the
	// same choice, and the same pick again gives the same run.
	out.Reset()
	step(file, nil, 3, nil, "", strings.NewReader("back\n1\nback\n1\nend\n"), &out, &errOut)
	if !strings.Contains(out.String(), "> back\nthis is the first choice\n") || !strings.Contains(out.String(), "> back\n(back to choice 1)\nchoice 1: ") {
		t.Errorf("back: transcript:\n%s", out.String())
	}
	out.Reset()
	if code := step(file, nil, 3, nil, "", strings.NewReader("q\n"), &out, &errOut); code != 0 || !strings.HasSuffix(out.String(), "> q\nquit\n") {
		t.Errorf("q: exit %d, transcript ends %q", code, tail(out.String()))
	}
	// "end" lets the scheduler make every choice: the same run as -seed.
	out.Reset()
	step(file, nil, 3, nil, "", strings.NewReader("end\n"), &out, &errOut)
	src, _ := os.ReadFile(file)
	r := engine.Run("pick.go", src, engine.Options{Seed: 3})
	b, _ := json.Marshal(r.Schedule)
	if !strings.Contains(out.String(), "schedule: "+string(b)+"\n") || !strings.HasSuffix(out.String(), r.Stdout) {
		t.Errorf("end: transcript ends %q; run -seed 3 gives %s", tail(out.String()), b)
	}
}

func tail(s string) string {
	if len(s) > 400 {
		return "…" + s[len(s)-400:]
	}
	return s
}

// TestStepSelect: at a select with several ready cases the learner picks
// a case by its number.
func TestStepSelect(t *testing.T) {
	for _, tc := range []struct{ in, want string }{{"1\n", "from a\n"}, {"2\n", "from b\n"}} {
		var out, errOut bytes.Buffer
		code := step(filepath.Join("testdata", "select.go"), nil, 0, nil, "", strings.NewReader(tc.in), &out, &errOut)
		if code != 0 || !strings.Contains(out.String(), "choice 1: goroutine 1's select has 2 ready cases; which one fires?\n") ||
			!strings.Contains(out.String(), "case 2  select: receive from b") || !strings.HasSuffix(out.String(), tc.want) {
			t.Errorf("answer %q: exit %d, transcript:\n%s", tc.in, code, out.String())
		}
	}
}

// TestStepRecorded walks a recorded run: empty lines follow it to the
// same output; a different pick leaves it.
func TestStepRecorded(t *testing.T) {
	file := filepath.Join("testdata", "pick.go")
	src, _ := os.ReadFile(file)
	for seed := range int64(20) {
		want := engine.Run("pick.go", src, engine.Options{Seed: seed})
		if len(want.Schedule.Choices) < 2 {
			continue
		}
		var out, errOut bytes.Buffer
		step(file, nil, 0, &want.Schedule, "", strings.NewReader(strings.Repeat("\n", 100)), &out, &errOut)
		b, _ := json.Marshal(want.Schedule)
		if !strings.HasSuffix(out.String(), want.Stdout) || !strings.Contains(out.String(), "schedule: "+string(b)+"\n") ||
			!strings.Contains(out.String(), "  (recorded)\n") {
			t.Fatalf("seed %d: walking the recorded run:\n%s\nwant schedule %s, output %q", seed, tail(out.String()), b, want.Stdout)
		}
		out.Reset()
		step(file, nil, 0, &want.Schedule, "", strings.NewReader("end\n"), &out, &errOut)
		if !strings.Contains(out.String(), "schedule: "+string(b)+"\n") {
			t.Errorf("seed %d: end while following the recording:\n%s", seed, tail(out.String()))
		}
	}
}
