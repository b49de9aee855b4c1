package engine

import (
	"os"
	"reflect"
	"testing"

	"interleave/engine/sched"
)

// TestManualPrefix walks a program in manual mode, always letting the
// seeded scheduler pick (ContinueSeeded), as the site does: each step's
// trace is a prefix of the next one's (so the site sends only the new
// events), and the final schedule replays the run.
func TestManualPrefix(t *testing.T) {
	src, err := os.ReadFile("testdata/manual/workers.go")
	if err != nil {
		t.Fatal(err)
	}
	p, err := Compile("workers.go", src)
	if err != nil {
		t.Fatal(err)
	}
	var prefix []int
	var last *Result
	for n := 1; ; n++ {
		r := p.Run(Options{Seed: 5, Schedule: &sched.Schedule{Seed: 5, Choices: prefix},
			ContinueSeeded: true, StopAtChoice: len(prefix) + 2, Trace: true})
		if last != nil {
			n := last.Trace.Len()
			if r.Trace.Len() < n || !reflect.DeepEqual(r.Trace.Events(0, n), last.Trace.Events(0, n)) {
				t.Fatalf("step %d: the trace is not an extension of the previous step's", n)
			}
		}
		last = r
		if r.Choice == nil {
			break
		}
		prefix = r.Schedule.Choices
		if n > 10000 {
			t.Fatal("no progress")
		}
	}
	again := p.Run(Options{Schedule: &last.Schedule, Trace: true})
	if again.Stdout != last.Stdout || !reflect.DeepEqual(again.Trace, last.Trace) {
		t.Errorf("replaying the manual run's schedule gives another run")
	}
	t.Logf("%d choices, %d events", len(last.Schedule.Choices), last.Trace.Len())
}

// BenchmarkManualStep is one step of manual mode on a lesson-sized
// program: re-run the recorded prefix, with a trace, to the choice point
// halfway through the run.
func BenchmarkManualStep(b *testing.B) {
	src, err := os.ReadFile("testdata/manual/workers.go")
	if err != nil {
		b.Fatal(err)
	}
	p, err := Compile("workers.go", src)
	if err != nil {
		b.Fatal(err)
	}
	full := p.Run(Options{Seed: 1})
	half := full.Schedule.Choices[:len(full.Schedule.Choices)/2]
	b.ReportMetric(float64(len(half)), "choices")
	for b.Loop() {
		p.Run(Options{Schedule: &sched.Schedule{Seed: 1, Choices: half}, ContinueSeeded: true,
			StopAtChoice: len(half) + 1, Trace: true})
	}
}

// BenchmarkManualFullRun is the baseline for BenchmarkManualStep: the
// whole program, untraced.
func BenchmarkManualFullRun(b *testing.B) {
	src, _ := os.ReadFile("testdata/manual/workers.go")
	p, _ := Compile("workers.go", src)
	for b.Loop() {
		p.Run(Options{Seed: 1})
	}
}
