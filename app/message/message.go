// Package message defines the JSON messages between the page and the engine's
// Web Worker (cmd/worker, web/worker.js).
//
// Each message is one JSON object sent as a string with postMessage. The page
// sends a Run; the worker answers with Ready once the engine has loaded, and
// with one Result per Run, carrying the same ID. Stopping a run is not a
// message: the page terminates the worker and starts a fresh one.
//
// Manual mode is a sequence of Runs with Step set: each replays the choices
// made so far (Schedule) and stops at the next choice point, returning the
// options there (Result.Choice), the output so far, and the trace events
// the page has not seen yet (Run.Since). The learner's pick is appended to
// the schedule for the next Run. Runs are deterministic, so re-running the
// prefix gives the same steps; a Run with the final schedule replays the
// whole run.
package message

import (
	"interleave/engine/sched"
	"interleave/engine/trace"
)

// Message types, the "type" field of every message.
const (
	TypeRun    = "run"    // page to worker: Run
	TypeReady  = "ready"  // worker to page: the engine is loaded
	TypeResult = "result" // worker to page: Result
)

// MaxEvents bounds the trace events in one Result: a longer tail is cut
// to its last MaxEvents events (Trace.Since says where they start).
const MaxEvents = 2000

// MaxChoices bounds Result.Schedule: a run that made more choices is
// replayed from its seed instead (Result.Schedule is then nil).
const MaxChoices = 20000

// Run asks the worker to compile and run a program.
type Run struct {
	Type   string `json:"type"` // TypeRun
	ID     int    `json:"id"`
	Source string `json:"source"`
	Seed   int64  `json:"seed"`
	// Schedule, when set, replays these choices (its seed replaces Seed);
	// the seeded scheduler makes the choices after them
	// (engine.Options.ContinueSeeded).
	Schedule *sched.Schedule `json:"schedule,omitempty"`
	// Step stops the run at the first choice point after Schedule's
	// choices (and Auto more): manual mode. It implies Trace.
	Step bool `json:"step,omitempty"`
	// Auto is how many choices after Schedule's the seeded scheduler
	// makes before a Step run stops: "let the scheduler pick".
	Auto int `json:"auto,omitempty"`
	// Trace asks for the run's trace in Result.Trace.
	Trace bool `json:"trace,omitempty"`
	// Since is how many events of the trace the page has already (from
	// the previous step): the Result carries only the ones after. The
	// same for the trace's objects and goroutines.
	Since           int `json:"since,omitempty"`
	SinceObjects    int `json:"sinceObjects,omitempty"`
	SinceGoroutines int `json:"sinceGoroutines,omitempty"`
}

// Result is what a run printed, as engine.Result says.
type Result struct {
	Type      string  `json:"type"` // TypeReady or TypeResult
	ID        int     `json:"id"`
	Stdout    string  `json:"stdout"`
	Stderr    string  `json:"stderr"`
	ExitCode  int     `json:"exitCode"` // -1 when a Step run stopped at Choice
	ElapsedMs float64 `json:"elapsedMs"`
	// Schedule replays the run (for a Step run: the choices so far). Nil
	// beyond MaxChoices choices: replay such a run with its Seed.
	Schedule *sched.Schedule `json:"schedule,omitempty"`
	// Choice is where a Step run stopped; nil if the program ended first.
	Choice *Choice `json:"choice,omitempty"`
	// Trace is the new part of the run's trace, for a Trace or Step run.
	Trace *Trace `json:"trace,omitempty"`
}

// A Choice is where the scheduler must choose (engine.Choice): among the
// runnable goroutines, or among the ready cases of one goroutine's select.
// Picking option i is appending i to the schedule.
type Choice struct {
	Select  bool     `json:"select,omitempty"`
	Options []Option `json:"options"`
}

// An Option is a goroutine and the operation it is about to perform.
type Option struct {
	G    int    `json:"g"`
	Func string `json:"func,omitempty"` // the function it started in ("main.worker")
	Op   string `json:"op"`             // "send on results", "mu.Lock()"
	Line int    `json:"line,omitempty"`
}

// Trace is the tail of a run's trace (engine/trace): its events from
// Since on, its objects after the first Run.SinceObjects, its goroutines
// after the first Run.SinceGoroutines.
type Trace struct {
	Since      int               `json:"since"`
	Events     []trace.Event     `json:"events,omitempty"`
	Objects    []trace.Object    `json:"objects,omitempty"`    // from id Run.SinceObjects+1 on
	Goroutines []trace.Goroutine `json:"goroutines,omitempty"` // in order of creation
	Truncated  bool              `json:"truncated,omitempty"`  // the run made more than trace.MaxEvents events
}
