package trace

import "testing"

func TestDescribe(t *testing.T) {
	tr := &Trace{
		Objects: []Object{
			{ID: 1, Kind: ObjChan, Name: "jobs", Cap: 3},
			{ID: 2, Kind: ObjMutex, Name: "mu"},
			{ID: 3, Kind: ObjWaitGroup},
		},
		Goroutines: []Goroutine{{ID: 1, Func: "main.main"}, {ID: 7, Func: "main.worker", Parent: 1}},
	}
	for _, tc := range []struct {
		e    Event
		want string
	}{
		{Event{Kind: GoCreate, Other: 1}, "start main.main (goroutine 1)"},
		{Event{Kind: GoCreate, G: 1, Other: 7}, "go main.worker (goroutine 7)"},
		{Event{Kind: ChanMake, G: 1, Obj: 1}, "make jobs (cap 3)"},
		{Event{Kind: ChanSend, G: 7, Obj: 1, Value: "4"}, "send on jobs: 4"},
		{Event{Kind: ChanRecv, G: 1, Obj: 1, Closed: true}, "receive from jobs: closed, zero value"},
		{Event{Kind: GoBlock, G: 7, Obj: 2, Reason: "sync.Mutex.Lock"}, "block on mu (sync.Mutex.Lock)"},
		{Event{Kind: Lock, G: 7, Obj: 2}, "lock mu"},
		{Event{Kind: WaitGroupAdd, G: 7, Obj: 3, Value: "-1", N: 0}, "waitgroup#3.Done() → 0"},
		{Event{Kind: Output, G: 1, Text: "hello\n"}, `print "hello\n"`},
		{Event{Kind: Select, G: 1, N: -1}, "select: default"},
		{Event{Kind: TimeAdvance, N: 2e9}, "clock → 2s"},
	} {
		if got := tr.Describe(tc.e); got != tc.want {
			t.Errorf("%v: got %q, want %q", tc.e.Kind, got, tc.want)
		}
	}
}

func TestWaiting(t *testing.T) {
	tr := &Trace{Objects: []Object{{ID: 1, Kind: ObjChan, Name: "a"}, {ID: 2, Kind: ObjChan}}}
	for _, tc := range []struct {
		g    GoroutineState
		want string
	}{
		{GoroutineState{Reason: "chan receive", WaitingOn: []int{1}}, "chan receive on a"},
		{GoroutineState{Reason: "select", WaitingOn: []int{1, 2}}, "select on a, chan#2"},
		{GoroutineState{Reason: "sleep"}, "sleep"},
	} {
		if got := tr.Waiting(tc.g); got != tc.want {
			t.Errorf("got %q, want %q", got, tc.want)
		}
	}
}
