package trace_test

import (
	"encoding/json"
	"math"
	"math/rand/v2"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"interleave/engine/trace"
)

// TestEventsRoundTrip appends many events of every shape, in both forms
// (AppendOp packs the fields that fit, Append encodes any), and reads
// them back one at a time, in ranges and after a JSON round trip.
func TestEventsRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	ints := []int{0, 1, 127, 128, 65535, 65536, 1<<24 - 1, 1 << 24, 1 << 30}
	nums := []int64{0, 1, -1, 1<<23 - 1, 1 << 23, -1 << 23, -1<<23 - 1, math.MaxInt64, math.MinInt64}
	pick := func() int { return ints[rng.IntN(len(ints))] }
	text := func() string {
		switch rng.IntN(100) {
		case 0:
			return strings.Repeat("x", 70<<10) // bigger than a chunk
		case 1, 2, 3, 4, 5, 6, 7, 8, 9, 10:
			return ""
		}
		return "v" + strconv.Itoa(rng.IntN(1000))
	}
	reasons := []string{"", "chan send", "chan receive", "sync.Mutex.Lock"}
	for i := range 40 {
		reasons = append(reasons, "reason "+strconv.Itoa(i)) // more than the packed form numbers
	}
	var tr trace.Trace
	var want []trace.Event
	for i := range 5000 {
		e := trace.Event{Step: i, Kind: trace.Kind(1 + rng.IntN(int(trace.OnceDone))), G: pick(), Other: pick(), Obj: pick(),
			Pos: trace.Pos{Line: pick(), Col: pick()}, Reason: reasons[rng.IntN(len(reasons))]}
		if rng.IntN(2) == 0 {
			var v trace.Val
			switch rng.IntN(4) {
			case 1:
				e.Value = text()
				v = trace.TextVal(e.Value)
			case 2:
				n := nums[rng.IntN(len(nums))]
				e.Value, v = strconv.FormatInt(n, 10), trace.IntVal(n)
			case 3:
				n := pick()
				e.Value, v = "chan#"+strconv.Itoa(n), trace.ChanVal(n)
			}
			tr.AppendOp(e.Kind, e.G, e.Pos, e.Obj, e.Other, v, e.Reason)
		} else {
			e.N, e.Text, e.Value, e.Closed = nums[rng.IntN(len(nums))], text(), text(), rng.IntN(2) == 0
			for range rng.IntN(3) {
				e.Objs = append(e.Objs, pick())
			}
			tr.Append(&e)
		}
		want = append(want, e)
	}
	if tr.Len() != len(want) {
		t.Fatalf("Len %d, want %d", tr.Len(), len(want))
	}
	for i, w := range want {
		if e := tr.Event(i); !reflect.DeepEqual(e, w) {
			t.Fatalf("event %d:\n got %+v\nwant %+v", i, short(e), short(w))
		}
	}
	if got := tr.Events(1234, 4321); !reflect.DeepEqual(got, want[1234:4321]) {
		t.Errorf("Events(1234, 4321) differs")
	}
	b, err := json.Marshal(tr) // a Trace value encodes whole, too
	if err != nil {
		t.Fatal(err)
	}
	var back trace.Trace
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back.Events(0, back.Len()), want) {
		t.Errorf("the trace does not round-trip through JSON")
	}
}

// short shortens an event's long strings for an error message.
func short(e trace.Event) trace.Event {
	for _, s := range []*string{&e.Value, &e.Text} {
		if len(*s) > 20 {
			*s = (*s)[:20] + "..."
		}
	}
	return e
}

// TestBlockedOn: a library function names what it waits on after its
// block event, in either form.
func TestBlockedOn(t *testing.T) {
	var tr trace.Trace
	tr.AppendOp(trace.GoBlock, 3, trace.Pos{Line: 1, Col: 1}, 0, 0, trace.Val{}, "sync.Mutex.Lock")
	tr.BlockedOn(3, 9)
	tr.Append(&trace.Event{Kind: trace.GoBlock, G: 70000, Reason: "sync.WaitGroup.Wait"})
	tr.BlockedOn(4, 10) // another goroutine's: no change
	tr.BlockedOn(70000, 11)
	tr.BlockedOn(70000, 12) // named already: no change
	tr.Append(&trace.Event{Kind: trace.GoBlock, G: 5, Reason: "select", Objs: []int{1, 2}})
	tr.BlockedOn(5, 13) // a select's: no change
	got := []int{tr.Event(0).Obj, tr.Event(1).Obj, tr.Event(2).Obj}
	if !reflect.DeepEqual(got, []int{9, 11, 0}) {
		t.Errorf("objects %v, want [9 11 0]", got)
	}
}

// BenchmarkAppend: the cost of recording one event of the kinds a
// ping-pong makes.
func BenchmarkAppend(b *testing.B) {
	evs := []trace.Event{
		{Kind: trace.Read, G: 1, Pos: trace.Pos{Line: 12, Col: 3}, Obj: 3, Value: "chan#1"},
		{Kind: trace.GoBlock, G: 1, Pos: trace.Pos{Line: 12, Col: 8}, Obj: 1, Reason: "chan send"},
		{Kind: trace.ChanSend, G: 1, Pos: trace.Pos{Line: 12, Col: 8}, Obj: 1, Value: "12345", Other: 7},
		{Kind: trace.ChanRecv, G: 7, Pos: trace.Pos{Line: 6, Col: 3}, Obj: 1, Value: "12345", Other: 1},
		{Kind: trace.GoUnblock, G: 7, Pos: trace.Pos{Line: 6, Col: 3}, Other: 1},
	}
	var tr *trace.Trace
	for i := 0; b.Loop(); i++ {
		if i%trace.MaxEvents == 0 {
			tr = new(trace.Trace)
		}
		tr.Append(&evs[i%len(evs)])
	}
}

// BenchmarkAppendOp: the same with AppendOp, as the interpreter records
// them.
func BenchmarkAppendOp(b *testing.B) {
	var tr *trace.Trace
	for i := 0; b.Loop(); i++ {
		if i%trace.MaxEvents == 0 {
			tr = new(trace.Trace)
		}
		switch i % 4 {
		case 0:
			tr.AppendOp(trace.Read, 1, trace.Pos{Line: 12, Col: 3}, 3, 0, trace.ChanVal(1), "")
		case 1:
			tr.AppendOp(trace.GoBlock, 1, trace.Pos{Line: 12, Col: 8}, 1, 0, trace.Val{}, "chan send")
		case 2:
			tr.AppendOp(trace.ChanSend, 1, trace.Pos{Line: 12, Col: 8}, 1, 7, trace.IntVal(12345), "")
		case 3:
			tr.AppendOp(trace.GoUnblock, 7, trace.Pos{Line: 6, Col: 3}, 0, 1, trace.Val{}, "")
		}
	}
}
