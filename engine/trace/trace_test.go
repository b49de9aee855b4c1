package trace_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"interleave/engine"
	"interleave/engine/internal/benchcpu"
	"interleave/engine/trace"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

func runTrace(t testing.TB, file string, seed int64) *engine.Result {
	t.Helper()
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	r := engine.Run(filepath.Base(file), src, engine.Options{Seed: seed, Trace: true})
	if r.Trace == nil {
		t.Fatalf("%s: no trace: %s", file, r.Stderr)
	}
	return r
}

// TestGolden compares the traces of testdata/*.go with their .golden files
// (go test -update rewrites them).
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.go")
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			r := runTrace(t, file, 2)
			var b bytes.Buffer
			if err := r.Trace.WriteJSON(&b); err != nil {
				t.Fatal(err)
			}
			golden := strings.TrimSuffix(file, ".go") + ".golden"
			if *update {
				if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(b.Bytes(), want) {
				t.Errorf("trace differs from %s (go test -update to accept):\n%s", golden, b.String())
			}
			// The line-per-event form is JSON and round-trips.
			var back trace.Trace
			if err := json.Unmarshal(b.Bytes(), &back); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(back.Events(0, back.Len()), r.Trace.Events(0, r.Trace.Len())) || !reflect.DeepEqual(back.Objects, r.Trace.Objects) {
				t.Errorf("trace does not round-trip through JSON")
			}
		})
	}
}

// TestStateAt checks the fold against states worked out by hand.
func TestStateAt(t *testing.T) {
	r := runTrace(t, "testdata/mutex.go", 2) // seed 2: the child blocks on mu
	tr := r.Trace
	if r.Stdout != "a b\n" {
		t.Fatalf("stdout %q", r.Stdout)
	}
	find := func(kind trace.Kind, g int, from int) int {
		for i := from; i < tr.Len(); i++ {
			if e := tr.Event(i); e.Kind == kind && (g == 0 || e.G == g) {
				return i
			}
		}
		t.Fatalf("no %v event of g%d after step %d", kind, g, from)
		return -1
	}
	name := func(s trace.State, n string) trace.ObjectState {
		for _, o := range s.Objects {
			if tr.Object(o.ID).Name == n {
				return o
			}
		}
		t.Fatalf("no object %q at step %d", n, s.Step)
		return trace.ObjectState{}
	}
	gs := func(s trace.State, id int) trace.GoroutineState {
		for _, g := range s.Goroutines {
			if g.ID == id {
				return g
			}
		}
		t.Fatalf("no goroutine %d at step %d", id, s.Step)
		return trace.GoroutineState{}
	}
	child := tr.Goroutines[1].ID

	// main holds mu; the child blocks on it.
	blk := find(trace.GoBlock, child, 0)
	s := tr.StateAt(blk)
	if mu := name(s, "mu"); mu.Owner != 1 || !reflect.DeepEqual(mu.Waiters, []int{child}) {
		t.Errorf("step %d: mu = %+v, want owner 1, waiters [%d]", blk, mu, child)
	}
	if g := gs(s, child); g.Status != trace.Blocked || g.Reason != "sync.Mutex.Lock" {
		t.Errorf("step %d: child = %+v", blk, g)
	}
	// main sent "a", then unlocked: the child owns mu and sends "b".
	sendB := find(trace.ChanSend, child, blk)
	s = tr.StateAt(sendB)
	if mu := name(s, "mu"); mu.Owner != child || len(mu.Waiters) != 0 {
		t.Errorf("step %d: mu = %+v, want owner %d, no waiters", sendB, mu, child)
	}
	if jobs := name(s, "jobs"); !reflect.DeepEqual(jobs.Buf, []string{"a", "b"}) {
		t.Errorf("step %d: jobs buffer %q, want [a b]", sendB, jobs.Buf)
	}
	// At the end: the buffer is drained, everything printed, main exited.
	s = tr.StateAt(tr.Len() - 1)
	if jobs := name(s, "jobs"); len(jobs.Buf) != 0 {
		t.Errorf("end: jobs buffer %q", jobs.Buf)
	}
	if !s.Exited || s.ExitCode != 0 || s.Stdout != "a b\n" {
		t.Errorf("end: exited %v code %d stdout %q", s.Exited, s.ExitCode, s.Stdout)
	}
	// Before any event: nothing.
	if s := tr.StateAt(-1); len(s.Goroutines) != 0 || s.Stdout != "" {
		t.Errorf("StateAt(-1) = %+v", s)
	}
	// The fold from checkpoints equals the fold from the start.
	prefix := &trace.Trace{Objects: tr.Objects}
	for k := range tr.Len() {
		a := tr.StateAt(k)
		e := tr.Event(k)
		prefix.Append(&e)
		b := prefix.StateAt(k)
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("StateAt(%d) from a checkpoint differs from the fold from the start:\n%+v\n%+v", k, a, b)
		}
	}
}

const pingpong = `package main

func main() {
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	for i := 0; i < 100000; i++ {
		ping <- i
		<-pong
	}
	close(ping)
}
`

func benchRun(b *testing.B, traced bool) {
	p, err := engine.Compile("pingpong.go", []byte(pingpong))
	if err != nil {
		b.Fatal(err)
	}
	events := 0
	defer benchcpu.Measure(b)()
	for b.Loop() {
		r := p.Run(engine.Options{Seed: 1, Trace: traced})
		if r.ExitCode != 0 {
			b.Fatal(r.Stderr)
		}
		if r.Trace != nil {
			events = r.Trace.Len()
		}
	}
	if traced {
		b.ReportMetric(float64(events), "events/op")
	}
}

// BenchmarkTraceOff and BenchmarkTraceOn: a ping-pong of 100k messages
// untraced and traced (up to MaxEvents events).
func BenchmarkTraceOff(b *testing.B) { benchRun(b, false) }
func BenchmarkTraceOn(b *testing.B)  { benchRun(b, true) }

// BenchmarkTraceCost is the cost of tracing: each iteration runs a
// ping-pong of 45k messages (about 500k events, all recorded) untraced
// then traced, and it reports the ratio of their CPU times, wall times
// and the traced run's bytes per event. Timing the two runs side by side
// keeps the ratio meaningful on a machine whose load changes.
func BenchmarkTraceCost(b *testing.B) {
	src := strings.Replace(pingpong, "100000", "45000", 1)
	p, err := engine.Compile("pingpong.go", []byte(src))
	if err != nil {
		b.Fatal(err)
	}
	var cpu, wall [2]int64 // untraced, traced
	var heap uint64
	events := 0
	for b.Loop() {
		for i, traced := range []bool{false, true} {
			var before runtime.MemStats
			if traced {
				runtime.ReadMemStats(&before)
			}
			c0, w0 := benchcpu.Time(), time.Now()
			r := p.Run(engine.Options{Seed: 1, Trace: traced})
			cpu[i] += benchcpu.Time() - c0
			wall[i] += int64(time.Since(w0))
			if r.ExitCode != 0 {
				b.Fatal(r.Stderr)
			}
			if traced {
				var after runtime.MemStats
				runtime.ReadMemStats(&after)
				heap = after.TotalAlloc - before.TotalAlloc
				events = r.Trace.Len()
				if r.Trace.Truncated {
					b.Fatal("the trace is truncated")
				}
			}
		}
	}
	if cpu[0] > 0 {
		b.ReportMetric(float64(cpu[1])/float64(cpu[0]), "cpu-traced/untraced")
	}
	b.ReportMetric(float64(wall[1])/float64(wall[0]), "wall-traced/untraced")
	b.ReportMetric(float64(events), "events")
	b.ReportMetric(float64(heap)/float64(events), "heap-B/event")
}

// BenchmarkTraceStateAt: the state at random steps of a 100k-message trace.
func BenchmarkTraceStateAt(b *testing.B) {
	p, err := engine.Compile("pingpong.go", []byte(pingpong))
	if err != nil {
		b.Fatal(err)
	}
	tr := p.Run(engine.Options{Seed: 1, Trace: true}).Trace
	tr.StateAt(0) // the checkpoints
	n := tr.Len()
	k := 0
	defer benchcpu.Measure(b)()
	for b.Loop() {
		k = (k + 7919) % n
		tr.StateAt(k)
	}
}

// TestStateSync checks the fold of the sync events of testdata/sync.go: the
// RWMutex handed to the waiting writer by the last reader, the Cond's
// waiter, and the Once owned while its function runs.
func TestStateSync(t *testing.T) {
	r := runTrace(t, "testdata/sync.go", 2)
	tr := r.Trace
	find := func(kind trace.Kind, g int) int {
		for i := range tr.Len() {
			if e := tr.Event(i); e.Kind == kind && (g == 0 || e.G == g) {
				return i
			}
		}
		t.Fatalf("no %v event by goroutine %d", kind, g)
		return -1
	}
	obj := func(kind trace.ObjKind) int {
		for _, o := range tr.Objects {
			if o.Kind == kind {
				return o.ID
			}
		}
		t.Fatalf("no %v object", kind)
		return 0
	}
	rw, once, cond := obj(trace.ObjRWMutex), obj(trace.ObjOnce), obj(trace.ObjCond)
	// The writer (goroutine 8) takes the lock itself after the reader's runlock.
	ru := find(trace.RUnlock, 1)
	l := find(trace.Lock, 8)
	if l < ru || tr.Event(l).Obj != rw {
		t.Errorf("writer's lock at step %d, reader's runlock at %d", l, ru)
	}
	if s := tr.StateAt(l); s.Objects[rw-1].Owner != 8 || s.Objects[rw-1].Readers != 0 {
		t.Errorf("after the handoff: %+v", s.Objects[rw-1])
	}
	// Goroutine 7 waits on the Cond until main signals it.
	cw := find(trace.CondWait, 7)
	if s := tr.StateAt(cw + 2); !slices.Contains(s.Objects[cond-1].Waiters, 7) {
		t.Errorf("cond waiters after cond.wait: %v", s.Objects[cond-1].Waiters)
	}
	if e := tr.Event(find(trace.CondSignal, 1)); e.Other != 7 {
		t.Errorf("cond.signal woke %d, want 7", e.Other)
	}
	// The Once is owned by goroutine 7 while its function runs.
	do := find(trace.OnceDo, 7)
	if s := tr.StateAt(do); s.Objects[once-1].Owner != 7 || s.Objects[once-1].Done {
		t.Errorf("once while running: %+v", s.Objects[once-1])
	}
	if s := tr.StateAt(find(trace.OnceDone, 7)); s.Objects[once-1].Owner != 0 || !s.Objects[once-1].Done {
		t.Errorf("once after once.done: %+v", s.Objects[once-1])
	}
}
