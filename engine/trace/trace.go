// trace.go: the trace's data types and their JSON form.

package trace

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"

	"interleave/engine/sched"
)

// Version is the schema version this package writes. A change that could
// break a reader of the JSON bumps it.
const Version = 1

// MaxEvents bounds a trace: a run that makes more events (a long loop
// over shared memory) is recorded up to there, and the trace is marked
// Truncated.
const MaxEvents = 1 << 20

// A Trace is everything one run did, in order. Its events are read with
// Len and Event and added with Append; they are stored compactly (see
// events.go), so that recording a run's million events costs little
// more than the run.
type Trace struct {
	Version    int
	Objects    []Object    // Objects[i].ID == i+1
	Goroutines []Goroutine // in order of creation
	// Schedule replays the run (engine.Options.Schedule).
	Schedule sched.Schedule
	Stdout   string
	Stderr   string
	ExitCode int
	// Truncated is set when the run made more than MaxEvents events: the
	// trace holds the first MaxEvents (the run itself went on).
	Truncated bool

	events // the events, compact

	cps        []State     // checkpoints of the fold, made on first use (state.go)
	cpsLen     int         // the events they are for
	cpsChanges int         // events.changes when they were made
	outs       [2]string   // the whole stdout and stderr, for the fold
	gidx       map[int]int // goroutine id -> index in State.Goroutines
	every      int         // events between checkpoints
}

// wire is a Trace's JSON form.
type wire struct {
	Version    int            `json:"version"`
	Objects    []Object       `json:"objects,omitempty"`
	Goroutines []Goroutine    `json:"goroutines,omitempty"`
	Events     []wireEvent    `json:"events,omitempty"` // Events[i].Step == i
	Schedule   sched.Schedule `json:"schedule"`
	Stdout     string         `json:"stdout,omitempty"`
	Stderr     string         `json:"stderr,omitempty"`
	ExitCode   int            `json:"exit"`
	Truncated  bool           `json:"truncated,omitempty"`
}

// MarshalJSON encodes t as WriteJSON does, without the line breaks.
func (t Trace) MarshalJSON() ([]byte, error) {
	w := wire{Version: t.Version, Objects: t.Objects, Goroutines: t.Goroutines,
		Schedule: t.Schedule, Stdout: t.Stdout, Stderr: t.Stderr, ExitCode: t.ExitCode, Truncated: t.Truncated}
	t.wireEvents(func(e wireEvent) { w.Events = append(w.Events, e) })
	return json.Marshal(w)
}

// UnmarshalJSON decodes a trace that MarshalJSON or WriteJSON encoded.
func (t *Trace) UnmarshalJSON(b []byte) error {
	var w wire
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	*t = Trace{Version: w.Version, Objects: w.Objects, Goroutines: w.Goroutines,
		Schedule: w.Schedule, Stdout: w.Stdout, Stderr: w.Stderr, ExitCode: w.ExitCode, Truncated: w.Truncated}
	for _, e := range w.Events {
		t.Append(&e.Event)
	}
	return nil
}

// An Event is one thing that happened. Which fields are set depends on
// Kind: see the comments on the Kind constants.
type Event struct {
	Step int  `json:"step"`        // index in the trace
	Kind Kind `json:"kind"`        // what happened
	G    int  `json:"g,omitempty"` // the goroutine that did it (0: the runtime, e.g. the clock)
	Pos  Pos  `json:"pos,omitzero"`
	Obj  int  `json:"obj,omitempty"` // the object involved (Trace.Objects[Obj-1])
	// Objs are the objects involved when there are several (a select's channels).
	Objs   []int  `json:"objs,omitempty"`
	Value  string `json:"value,omitempty"`  // a value as %v prints it (without String methods), shortened
	Other  int    `json:"other,omitempty"`  // another goroutine: the receiver, the goroutine unblocked
	N      int64  `json:"n,omitempty"`      // a count, index, length or time; see Kind
	Reason string `json:"reason,omitempty"` // a wait reason as Go's tracebacks print it
	Text   string `json:"text,omitempty"`   // output text, a cancellation cause, an atomic op
	Closed bool   `json:"closed,omitempty"` // a receive got the zero value from a closed channel
}

// wireEvent is an Event's JSON form. It adds the buffer of the channel
// after a send, receive or close, which the trace does not store: a send
// that no receiver took directly (Other 0) adds its value, a receive that
// no sender handed over (Other 0, not Closed) takes the oldest.
type wireEvent struct {
	Event
	Buf []string `json:"buf,omitempty"` // oldest first
}

// buffered returns the buffer of e's channel after e, given buf, the
// buffer before it. It may reuse buf's memory.
func buffered(buf []string, e *Event) []string {
	switch {
	case e.Kind == ChanSend && e.Other == 0:
		return append(buf, e.Value)
	case e.Kind == ChanRecv && e.Other == 0 && !e.Closed && len(buf) > 0:
		return buf[1:]
	}
	return buf
}

// wireEvents calls yield with each event's JSON form.
func (t *Trace) wireEvents(yield func(wireEvent)) {
	bufs := make(map[int][]string) // channel -> its buffer
	for _, e := range t.Range(0, t.n) {
		w := wireEvent{Event: e}
		switch w.Kind {
		case ChanSend, ChanRecv, ChanClose:
			buf := buffered(bufs[w.Obj], &w.Event)
			bufs[w.Obj] = buf
			w.Buf = buf[:len(buf):len(buf)]
		}
		yield(w)
	}
}

// A Pos is a line and column in the program (1-based; zero: unknown). Its
// JSON form is "line:col".
type Pos struct {
	Line, Col int
}

// IsValid reports whether p is a known position.
func (p Pos) IsValid() bool { return p.Line > 0 }

func (p Pos) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Col) }

// MarshalText encodes p as "line:col".
func (p Pos) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText decodes "line:col".
func (p *Pos) UnmarshalText(b []byte) error {
	i := bytes.IndexByte(b, ':')
	if i < 0 {
		return fmt.Errorf("trace: bad position %q", b)
	}
	l, err1 := strconv.Atoi(string(b[:i]))
	c, err2 := strconv.Atoi(string(b[i+1:]))
	if err1 != nil || err2 != nil {
		return fmt.Errorf("trace: bad position %q", b)
	}
	p.Line, p.Col = l, c
	return nil
}

// An Object is something goroutines share: a channel, a lock, a wait
// group, a context, a timer, a variable.
type Object struct {
	ID   int     `json:"id"`
	Kind ObjKind `json:"kind"`
	// Name is the program's name for it where there is one: the variable
	// (`results`, `mu`), or a field (`c.mu`), or an element (`counts[]`).
	Name   string `json:"name,omitempty"`
	Parent int    `json:"parent,omitempty"` // a context's parent context
	Cap    int    `json:"cap,omitempty"`    // a channel's capacity
}

// A Goroutine is one goroutine of the run. Goroutine 1 runs main.
type Goroutine struct {
	ID     int    `json:"id"`
	Func   string `json:"func"`             // the function it started in ("main.worker")
	Parent int    `json:"parent,omitempty"` // the goroutine whose go statement made it
	Pos    Pos    `json:"pos,omitzero"`     // that go statement
}

// Object returns the object with id, or nil.
func (t *Trace) Object(id int) *Object {
	if id < 1 || id > len(t.Objects) {
		return nil
	}
	return &t.Objects[id-1]
}

// WriteJSON writes t as JSON with one object, goroutine or event per line,
// so that traces read and diff well. The result decodes with
// encoding/json like the compact form.
func (t *Trace) WriteJSON(w io.Writer) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	put := func(v any) {
		if err := enc.Encode(v); err != nil {
			panic(err) // every type here encodes
		}
		b.Truncate(b.Len() - 1) // Encode's newline
	}
	fmt.Fprintf(&b, "{\"version\":%d,\n", t.Version)
	list := func(name string, each func(yield func(any))) {
		fmt.Fprintf(&b, "\"%s\":[", name)
		sep := "\n "
		each(func(v any) {
			b.WriteString(sep)
			put(v)
			sep = ",\n "
		})
		b.WriteString("],\n")
	}
	list("objects", func(yield func(any)) {
		for _, o := range t.Objects {
			yield(o)
		}
	})
	list("goroutines", func(yield func(any)) {
		for _, g := range t.Goroutines {
			yield(g)
		}
	})
	list("events", func(yield func(any)) { t.wireEvents(func(e wireEvent) { yield(e) }) })
	b.WriteString("\"schedule\":")
	put(t.Schedule)
	b.WriteString(",\n\"stdout\":")
	put(t.Stdout)
	b.WriteString(",\n\"stderr\":")
	put(t.Stderr)
	fmt.Fprintf(&b, ",\n\"exit\":%d}\n", t.ExitCode)
	_, err := w.Write(b.Bytes())
	return err
}
