// state.go: the one fold, from events 0..k to the state of the program.

package trace

import (
	"fmt"
	"slices"
	"strings"
)

// A Status is where a goroutine is in its life at some step.
type Status uint8

// The statuses of a goroutine.
const (
	Runnable Status = iota // could run, waiting for the scheduler
	Running                // did the latest event
	Blocked                // parked: see Reason and WaitingOn
	Exited                 // returned from its function
)

var statusNames = [...]string{"runnable", "running", "blocked", "exited"}

func (s Status) String() string {
	if int(s) < len(statusNames) {
		return statusNames[s]
	}
	return fmt.Sprintf("Status(%d)", s)
}

// MarshalText encodes s as its name.
func (s Status) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// State is the program at one step: what the visualizer draws. It is
// plain data made fresh by StateAt; the caller may keep or change it.
type State struct {
	Step       int              `json:"step"`       // the last event folded in; -1 before the first
	Goroutines []GoroutineState `json:"goroutines"` // those created so far, in order of creation
	Objects    []ObjectState    `json:"objects"`    // those seen so far, by ID (Objects[i].ID == i+1)
	Time       int64            `json:"time"`       // virtual nanoseconds since the start of the run
	Stdout     string           `json:"stdout"`     // output so far
	Stderr     string           `json:"stderr"`
	Exited     bool             `json:"exited"`
	ExitCode   int              `json:"exitCode"`

	outLen [2]int // lengths of Stdout and Stderr while folding
}

// GoroutineState is one goroutine at one step.
type GoroutineState struct {
	ID     int    `json:"id"`
	Status Status `json:"status"`
	Reason string `json:"reason,omitempty"` // why it is blocked, as Go prints it
	// WaitingOn are the objects a blocked goroutine waits on (several for
	// a select).
	WaitingOn []int `json:"waitingOn,omitempty"`
	// Pos is where it is: its latest event (zero before its first).
	Pos Pos `json:"pos,omitzero"`
}

// ObjectState is one object at one step. Which fields mean something
// depends on its Kind.
type ObjectState struct {
	ID   int     `json:"id"`
	Kind ObjKind `json:"kind"`
	// Channels.
	Buf       []string `json:"buf,omitempty"`       // buffered values, oldest first
	Closed    bool     `json:"closed,omitempty"`    //
	Senders   []int    `json:"senders,omitempty"`   // goroutines blocked sending
	Receivers []int    `json:"receivers,omitempty"` // goroutines blocked receiving
	// Waiters are the other goroutines blocked on the object: on a lock,
	// a WaitGroup, a Cond, and selects on a channel.
	Waiters []int `json:"waiters,omitempty"`
	// Locks.
	Owner   int `json:"owner,omitempty"`   // the goroutine holding the (write) lock
	Readers int `json:"readers,omitempty"` // read locks held
	// WaitGroups.
	Counter int64 `json:"counter,omitempty"`
	// Onces (Owner is the goroutine running the function).
	Done bool `json:"done,omitempty"`
	// Contexts.
	Cancelled bool   `json:"cancelled,omitempty"`
	Err       string `json:"err,omitempty"`
	Cause     string `json:"cause,omitempty"`
	// Timers.
	When    int64 `json:"when,omitempty"`
	Fired   bool  `json:"fired,omitempty"`
	Stopped bool  `json:"stopped,omitempty"`
	// Variables: the value last read or written.
	Value string `json:"value,omitempty"`
}

// checkpointEvery is the least distance between saved states of the
// fold: StateAt folds at most that many events onto a copy of a
// checkpoint. A trace with many objects spaces them by its number of
// objects and goroutines, so that the checkpoints cost O(events) in all.
const checkpointEvery = 64

// StateAt returns the state after events 0..k (k < 0: before any event;
// k past the end: after the last). It is O(checkpointEvery + size of the
// state) after a first call that folds the whole trace once.
func (t *Trace) StateAt(k int) State {
	if k >= t.Len() {
		k = t.Len() - 1
	}
	if t.cps == nil || t.cpsLen != t.n || t.cpsChanges != t.changes {
		t.checkpoint()
	}
	i := (k + 1) / t.every
	s := t.cps[i].clone()
	for _, e := range t.Range(i*t.every, k+1) {
		s.fold(t, &e)
	}
	s.Step = k
	s.Stdout = t.outs[0][:s.outLen[0]]
	s.Stderr = t.outs[1][:s.outLen[1]]
	return s
}

// checkpoint folds the whole trace, saving the state every
// checkpointEvery events, and gathers the output.
func (t *Trace) checkpoint() {
	var outs [2]strings.Builder
	t.gidx = make(map[int]int)
	for _, e := range t.Range(0, t.n) {
		switch e.Kind {
		case Output:
			outs[fdIndex(e.N)].WriteString(e.Text)
		case GoCreate:
			t.gidx[e.Other] = len(t.gidx)
		}
	}
	t.outs = [2]string{outs[0].String(), outs[1].String()}
	t.every = max(checkpointEvery, len(t.Objects)+len(t.Goroutines))
	s := State{Step: -1}
	t.cps, t.cpsLen, t.cpsChanges = []State{s.clone()}, t.n, t.changes
	for j, e := range t.Range(0, t.n) {
		s.fold(t, &e)
		if (j+1)%t.every == 0 {
			t.cps = append(t.cps, s.clone())
		}
	}
}

func fdIndex(fd int64) int {
	if fd == 2 {
		return 1
	}
	return 0
}

// clone copies s deeply.
func (s *State) clone() State {
	c := *s
	c.Goroutines = slices.Clone(s.Goroutines)
	for i := range c.Goroutines {
		c.Goroutines[i].WaitingOn = slices.Clone(c.Goroutines[i].WaitingOn)
	}
	c.Objects = slices.Clone(s.Objects)
	for i := range c.Objects {
		o := &c.Objects[i]
		o.Buf = slices.Clone(o.Buf)
		o.Senders = slices.Clone(o.Senders)
		o.Receivers = slices.Clone(o.Receivers)
		o.Waiters = slices.Clone(o.Waiters)
	}
	return c
}

// g returns goroutine id's state, or nil if it is not created yet.
func (s *State) g(t *Trace, id int) *GoroutineState {
	i, ok := t.gidx[id]
	if !ok || i >= len(s.Goroutines) {
		return nil
	}
	return &s.Goroutines[i]
}

func (s *State) obj(t *Trace, id int) *ObjectState {
	if id < 1 {
		return nil
	}
	for len(s.Objects) < id {
		n := len(s.Objects) + 1
		o := ObjectState{ID: n}
		if ob := t.Object(n); ob != nil {
			o.Kind = ob.Kind
		}
		s.Objects = append(s.Objects, o)
	}
	return &s.Objects[id-1]
}

func remove(list []int, g int) []int {
	if i := slices.Index(list, g); i >= 0 {
		return slices.Delete(list, i, i+1)
	}
	return list
}

// fold applies one event to s.
func (s *State) fold(t *Trace, e *Event) {
	s.Step = e.Step
	if g := s.g(t, e.G); g != nil {
		if g.Status == Runnable || g.Status == Running {
			for i := range s.Goroutines {
				if s.Goroutines[i].Status == Running {
					s.Goroutines[i].Status = Runnable
				}
			}
			g.Status = Running
		}
		if e.Pos.IsValid() && e.Kind != GoUnblock {
			g.Pos = e.Pos
		}
	}
	o := s.obj(t, e.Obj)
	switch e.Kind {
	case GoCreate:
		s.Goroutines = append(s.Goroutines, GoroutineState{ID: e.Other})
	case GoBlock:
		g := s.g(t, e.G)
		if g == nil {
			break
		}
		g.Status = Blocked
		g.Reason = e.Reason
		g.WaitingOn = g.WaitingOn[:0]
		if o != nil {
			g.WaitingOn = append(g.WaitingOn, o.ID)
			switch {
			case o.Kind == ObjChan && strings.HasPrefix(e.Reason, "chan send"):
				o.Senders = append(o.Senders, e.G)
			case o.Kind == ObjChan && strings.HasPrefix(e.Reason, "chan receive"):
				o.Receivers = append(o.Receivers, e.G)
			default:
				o.Waiters = append(o.Waiters, e.G)
			}
		}
		for _, id := range e.Objs {
			g.WaitingOn = append(g.WaitingOn, id)
			w := s.obj(t, id)
			w.Waiters = append(w.Waiters, e.G)
		}
	case GoUnblock:
		g := s.g(t, e.Other)
		if g == nil {
			break
		}
		if g.Status == Blocked {
			g.Status = Runnable
		}
		g.Reason = ""
		for _, id := range g.WaitingOn {
			w := s.obj(t, id)
			w.Senders = remove(w.Senders, g.ID)
			w.Receivers = remove(w.Receivers, g.ID)
			w.Waiters = remove(w.Waiters, g.ID)
		}
		g.WaitingOn = nil
	case GoExit:
		if g := s.g(t, e.G); g != nil {
			g.Status = Exited
		}
	case ChanSend, ChanRecv:
		o.Buf = buffered(o.Buf, e)
	case ChanClose:
		o.Closed = true
	case Read, Write:
		o.Value = e.Value
	case Lock:
		o.Owner = e.G
	case Unlock:
		o.Owner = 0
	case RLock, RUnlock:
		o.Readers = int(e.N)
	case WaitGroupAdd:
		o.Counter = e.N
	case OnceDo:
		if e.N == 1 {
			o.Owner = e.G
		}
	case OnceDone:
		o.Owner = 0
		o.Done = true
	case Atomic:
		o.Value = e.Value
	case CtxCancel:
		o.Cancelled = true
		o.Err = e.Value
		o.Cause = e.Text
		if o.Cause == "" {
			o.Cause = e.Value
		}
	case TimerSet:
		o.When, o.Fired, o.Stopped = e.N, false, false
	case TimerStop:
		o.Stopped = true
	case TimerFire:
		o.Fired = true
	case TimeAdvance:
		s.Time = e.N
	case Output:
		s.outLen[fdIndex(e.N)] += len(e.Text)
	case Exit:
		s.Exited = true
		s.ExitCode = int(e.N)
	}
}
