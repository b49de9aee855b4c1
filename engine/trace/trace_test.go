package trace_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

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
			if !reflect.DeepEqual(back.Events, r.Trace.Events) || !reflect.DeepEqual(back.Objects, r.Trace.Objects) {
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
		for i := from; i < len(tr.Events); i++ {
			if e := tr.Events[i]; e.Kind == kind && (g == 0 || e.G == g) {
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
	s = tr.StateAt(len(tr.Events) - 1)
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
	for k := range tr.Events {
		a := tr.StateAt(k)
		b := (&trace.Trace{Events: tr.Events[:k+1], Objects: tr.Objects}).StateAt(k)
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
			events = len(r.Trace.Events)
		}
	}
	if traced {
		b.ReportMetric(float64(events), "events/op")
	}
}

// BenchmarkTraceOff and BenchmarkTraceOn: a ping-pong of 100k messages
// untraced and traced; their ratio is the cost of tracing.
func BenchmarkTraceOff(b *testing.B) { benchRun(b, false) }
func BenchmarkTraceOn(b *testing.B)  { benchRun(b, true) }

// BenchmarkTraceStateAt: the state at random steps of a 100k-message trace.
func BenchmarkTraceStateAt(b *testing.B) {
	p, err := engine.Compile("pingpong.go", []byte(pingpong))
	if err != nil {
		b.Fatal(err)
	}
	tr := p.Run(engine.Options{Seed: 1, Trace: true}).Trace
	tr.StateAt(0) // the checkpoints
	n := len(tr.Events)
	k := 0
	defer benchcpu.Measure(b)()
	for b.Loop() {
		k = (k + 7919) % n
		tr.StateAt(k)
	}
}
