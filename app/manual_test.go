package app

import (
	"testing"

	"interleave/app/message"
	"interleave/engine/sched"
	"interleave/engine/trace"
)

// answer is a step's answer carrying events [since, since+n) and the
// objects and goroutines after the first known ones.
func answer(since, n int, objs []trace.Object, gs []trace.Goroutine, choices []int, options int) message.Result {
	res := message.Result{Schedule: &sched.Schedule{Seed: 1, Choices: choices}, ExitCode: -1}
	t := &message.Trace{Since: since, Objects: objs, Goroutines: gs}
	for i := range n {
		t.Events = append(t.Events, trace.Event{Step: since + i, Kind: trace.Output, G: 1, Text: "x"})
	}
	res.Trace = t
	if options > 0 {
		res.Choice = &message.Choice{}
		for g := range options {
			res.Choice.Options = append(res.Choice.Options, message.Option{G: g + 1, Op: "run"})
		}
	} else {
		res.ExitCode = 0
	}
	return res
}

// TestManualRunBack: answers extend the run's events, objects and
// goroutines; Back returns to the previous choice point exactly, and the
// next request asks for what the page then lacks.
func TestManualRunBack(t *testing.T) {
	m := &manualRun{seed: 1}
	first := answer(0, 3, []trace.Object{{ID: 1, Kind: trace.ObjChan, Name: "ch"}}, []trace.Goroutine{{ID: 1, Func: "main.main"}}, nil, 2)
	m.add(first, nil)
	second := answer(3, 2, []trace.Object{{ID: 2, Kind: trace.ObjMutex, Name: "mu"}}, []trace.Goroutine{{ID: 7, Func: "main.worker"}}, []int{1}, 2)
	m.add(second, &first)
	if m.since() != 5 || len(m.tr.Objects) != 2 || len(m.tr.Goroutines) != 2 || len(m.lines) != 5 || m.newFrom != 3 {
		t.Fatalf("after two answers: since %d, %d objects, %d goroutines, %d lines, new from %d",
			m.since(), len(m.tr.Objects), len(m.tr.Goroutines), len(m.lines), m.newFrom)
	}
	if got := m.choices(); len(got.Choices) != 1 || got.Choices[0] != 1 {
		t.Fatalf("choices %v", got)
	}
	shown := m.back()
	if shown != &first || m.since() != 3 || len(m.tr.Objects) != 1 || len(m.tr.Goroutines) != 1 || len(m.lines) != 3 ||
		len(m.history) != 0 || len(m.choices().Choices) != 0 || m.choice != first.Choice {
		t.Fatalf("after Back: since %d, %d objects, %d goroutines, %d lines, %d in history, choices %v",
			m.since(), len(m.tr.Objects), len(m.tr.Goroutines), len(m.lines), len(m.history), m.choices().Choices)
	}
	// A different pick from there: other objects may take the same ids.
	other := answer(3, 1, []trace.Object{{ID: 2, Kind: trace.ObjWaitGroup, Name: "wg"}}, nil, []int{0}, 0)
	m.add(other, shown)
	if m.tr.Object(2).Name != "wg" || m.choice != nil || len(m.history) != 1 {
		t.Errorf("after another pick: object 2 is %+v, choice %v, %d in history", m.tr.Object(2), m.choice, len(m.history))
	}
}

// TestManualRunMissed: when the worker leaves events out (more than
// message.MaxEvents in one answer), the page counts them and does not
// fold an incomplete trace.
func TestManualRunMissed(t *testing.T) {
	m := &manualRun{seed: 1}
	m.add(answer(0, 2, nil, nil, nil, 2), nil)
	m.add(answer(10, 2, nil, nil, []int{0}, 2), nil)
	if m.missed != 8 || m.since() != 12 || len(m.events) != 4 || len(m.blocked) != 0 {
		t.Errorf("missed %d, since %d, %d events kept, blocked %v", m.missed, m.since(), len(m.events), m.blocked)
	}
}

func TestSourceLine(t *testing.T) {
	src := "package main\n\nfunc main() {\n\tx := 1\n}\n"
	for _, tc := range []struct {
		n    int
		want string
	}{{4, "line 4: x := 1"}, {0, ""}, {9, ""}} {
		if got := sourceLine(src, tc.n); got != tc.want {
			t.Errorf("line %d: %q, want %q", tc.n, got, tc.want)
		}
	}
}
