package engine

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"interleave/engine/sched"
)

// TestTraceDeterminism: for every program of the corpus, two traced runs
// with the same seed give identical traces and output, and replaying the
// recorded schedule gives the identical trace again.
func TestTraceDeterminism(t *testing.T) {
	var files []string
	for _, dir := range []string{"testdata/conc", "testdata/diff", "testdata/sched"} {
		fs, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		files = append(files, fs...)
	}
	if len(files) == 0 {
		t.Skip("no corpus")
	}
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		p, err := Compile(filepath.Base(file), src)
		if err != nil {
			continue // the compile-error programs
		}
		t.Run(filepath.Base(file), func(t *testing.T) {
			const seed = 3
			a := p.Run(Options{Seed: seed, Trace: true})
			b := p.Run(Options{Seed: seed, Trace: true})
			if a.Stdout != b.Stdout || a.Stderr != b.Stderr || a.ExitCode != b.ExitCode {
				t.Fatalf("same seed, different output")
			}
			if !reflect.DeepEqual(a.Trace, b.Trace) {
				t.Fatalf("same seed, different traces (%d and %d events)", a.Trace.Len(), b.Trace.Len())
			}
			c := p.Run(Options{Schedule: &a.Schedule, Trace: true})
			if !reflect.DeepEqual(a.Trace, c.Trace) {
				t.Fatalf("replaying the schedule gives a different trace (%d and %d events)", a.Trace.Len(), c.Trace.Len())
			}
			// Tracing does not change the run.
			d := p.Run(Options{Seed: seed})
			if d.Stdout != a.Stdout || d.ExitCode != a.ExitCode || !reflect.DeepEqual(d.Schedule, a.Schedule) {
				t.Fatalf("tracing changed the run")
			}
			// The fold runs over the whole trace.
			a.Trace.StateAt(a.Trace.Len() - 1)
		})
	}
}

// TestStopAtChoice: manual mode stops at the n-th choice point, lists the
// options, and choosing one continues exactly as the recorded run did.
func TestStopAtChoice(t *testing.T) {
	src, err := os.ReadFile("trace/testdata/mutex.go")
	if err != nil {
		t.Fatal(err)
	}
	p, err := Compile("mutex.go", src)
	if err != nil {
		t.Fatal(err)
	}
	full := p.Run(Options{Seed: 2, Trace: true})
	if len(full.Schedule.Choices) == 0 {
		t.Fatal("no choices")
	}
	// Walk the recorded run choice by choice, as the UI would.
	var prefix []int
	for n, c := range full.Schedule.Choices {
		r := p.Run(Options{Schedule: &sched.Schedule{Seed: 2, Choices: prefix}, StopAtChoice: n + 1})
		if r.Choice == nil {
			t.Fatalf("choice %d: the run ended (exit %d)", n+1, r.ExitCode)
		}
		if c >= len(r.Choice.Options) {
			t.Fatalf("choice %d: %d options, recorded %d", n+1, len(r.Choice.Options), c)
		}
		for _, o := range r.Choice.Options {
			if o.G == 0 || o.Op == "" {
				t.Errorf("choice %d: option %+v", n+1, o)
			}
		}
		if n == 0 {
			t.Logf("first choice: %+v", r.Choice)
		}
		prefix = append(prefix, c)
	}
	r := p.Run(Options{Schedule: &sched.Schedule{Seed: 2, Choices: prefix}, StopAtChoice: len(prefix) + 1, Trace: true})
	if r.Choice != nil || r.Stdout != full.Stdout || !reflect.DeepEqual(r.Trace.Events(0, r.Trace.Len()), full.Trace.Events(0, full.Trace.Len())) {
		t.Fatalf("after every choice: choice %+v, stdout %q", r.Choice, r.Stdout)
	}
}

// TestStopAtChoiceSeeded: a seeded run stopped at its n-th choice made the
// same n-1 choices as the same run not stopped (the seeded strategy sees
// the same questions either way).
func TestStopAtChoiceSeeded(t *testing.T) {
	src, err := os.ReadFile("testdata/manual/workers.go")
	if err != nil {
		t.Fatal(err)
	}
	p, err := Compile("workers.go", src)
	if err != nil {
		t.Fatal(err)
	}
	for seed := int64(1); seed <= 5; seed++ {
		full := p.Run(Options{Seed: seed})
		for n := 1; n <= len(full.Schedule.Choices); n += 3 {
			r := p.Run(Options{Seed: seed, StopAtChoice: n})
			if want := full.Schedule.Choices[:n-1]; !slices.Equal(r.Schedule.Choices, want) {
				t.Fatalf("seed %d, stopped at choice %d: choices %v, the full run made %v", seed, n, r.Schedule.Choices, want)
			}
		}
	}
}
