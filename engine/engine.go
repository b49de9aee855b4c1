// Package engine runs a single-file Go program the way `go run` does, under a
// deterministic scheduler, and reports its output, exit code and trace.
//
// Compile parses and type-checks the source against the sandbox standard
// library (engine/stdlib) and lowers it to SSA; Program.Run interprets it
// (engine/interp) with budgets. The engine knows nothing of the browser: the
// site wraps it in a Web Worker (cmd/worker) and cmd/interleave wraps it in a
// command line.
package engine

import (
	"io"
	"strings"
	"time"

	"interleave/engine/compile"
	"interleave/engine/interp"
	_ "interleave/engine/sandbox" // the natives of the sandbox library
	"interleave/engine/sched"
	"interleave/engine/trace"
)

// Options control one run of a program. The zero value is a sensible default.
type Options struct {
	// Seed seeds every choice the run makes that Go leaves open: which
	// goroutine runs next, which ready select case fires, map iteration order.
	Seed int64
	// MaxSteps bounds the interpreted instructions (0: DefaultMaxSteps).
	MaxSteps int64
	// MaxHeap bounds the bytes the program allocates (0: DefaultMaxHeap).
	MaxHeap int64
	// MaxOutput bounds the bytes written to stdout and stderr together
	// (0: DefaultMaxOutput).
	MaxOutput int64
	// Args are the program's os.Args[1:].
	Args []string
	// Stdin is the program's standard input (nil: empty, as in the
	// playground).
	Stdin io.Reader
	// Schedule, when set, replays a recorded run (Result.Schedule): its
	// choices are taken in order and its seed replaces Seed, so the run
	// is the recorded one, step for step.
	Schedule *sched.Schedule
	// ContinueSeeded, with Schedule, hands the choices after the
	// schedule's to the seeded strategy (seeded with Schedule.Seed and the
	// schedule's length) instead of always taking the first option: manual
	// mode's "let the scheduler choose" and "run to end". The run is still
	// a pure function of its options, and its Result.Schedule replays it.
	ContinueSeeded bool
	// Trace records the run's trace in Result.Trace.
	Trace bool
	// StopAtChoice, when n > 0, stops the run at its n-th choice point
	// (the first n-1 choices come from Schedule, or from Seed) and returns
	// that point in Result.Choice: manual mode. The UI shows the options;
	// when the learner picks option i, it runs again with Schedule =
	// Result.Schedule plus i and StopAtChoice one more. Runs are
	// deterministic, so each re-run replays the same steps exactly.
	StopAtChoice int
}

// A Choice is a point where the scheduler must choose: the runnable
// goroutines, each with the operation it is about to perform and its
// line, or the ready cases of a select.
type Choice = interp.Choice

// Default budgets.
const (
	DefaultMaxSteps  = 200_000_000
	DefaultMaxHeap   = 256 << 20
	DefaultMaxOutput = 1 << 20
)

// Result is what a run produced.
type Result struct {
	Stdout   string
	Stderr   string
	ExitCode int
	// Elapsed is the host time the run took (not the program's virtual time).
	Elapsed time.Duration
	// Schedule reproduces this run.
	Schedule sched.Schedule
	// Trace is the run's trace when Options.Trace is set.
	Trace *trace.Trace
	// Choice is where the run stopped when Options.StopAtChoice is set
	// and the run got that far (ExitCode is then -1); nil otherwise.
	Choice *Choice
}

// Program is a compiled program, ready to run any number of times.
type Program struct {
	filename string
	compiled *compile.Result
}

// Compile parses and type-checks src (a `package main` file named filename)
// and prepares it to run. A compile error is returned as an error whose text
// lists every error as the Go compiler prints them, one per line
// ("prog.go:7:2: declared and not used: x").
func Compile(filename string, src []byte) (*Program, error) {
	r, err := compile.Compile(filename, src)
	if err != nil {
		return nil, err
	}
	return &Program{filename: filename, compiled: r}, nil
}

// Run runs the program once with opts.
func (p *Program) Run(opts Options) *Result {
	start := time.Now()
	b := interp.Budgets{
		Steps:      orDefault(opts.MaxSteps, DefaultMaxSteps),
		Heap:       orDefault(opts.MaxHeap, DefaultMaxHeap),
		Output:     orDefault(opts.MaxOutput, DefaultMaxOutput),
		Goroutines: 10000,
		Depth:      1000000,
	}
	var strategy sched.Strategy = sched.NewPCT(opts.Seed)
	if opts.Schedule != nil {
		opts.Seed = opts.Schedule.Seed
		strategy = &sched.Replay{Choices: opts.Schedule.Choices}
		if opts.ContinueSeeded {
			strategy = &thenSeeded{prefix: opts.Schedule.Choices,
				next: sched.NewPCT(opts.Seed + int64(len(opts.Schedule.Choices)))}
		}
	}
	rec := &sched.Recorder{Strategy: strategy}
	m := interp.New(p.compiled.Main, rec, opts.Seed, b)
	m.Stdin = opts.Stdin
	m.Args = append([]string{"/tmp/" + strings.TrimSuffix(p.filename, ".go")}, opts.Args...)
	if opts.Trace {
		m.StartTrace()
	}
	var code int
	var choice *Choice
	if opts.StopAtChoice > 0 {
		code, choice = m.RunUntilChoice(opts.StopAtChoice - 1)
	} else {
		code = m.Run()
	}
	r := &Result{
		Stdout:   m.Stdout.String(),
		Stderr:   m.Stderr.String(),
		ExitCode: code,
		Elapsed:  time.Since(start),
		Schedule: sched.Schedule{Seed: opts.Seed, Choices: rec.Choices},
		Choice:   choice,
	}
	if tr := m.Trace(); tr != nil {
		tr.Schedule = r.Schedule
		tr.ExitCode = code
		r.Trace = tr
	}
	return r
}

// thenSeeded replays a prefix of choices, then lets a seeded strategy
// choose (Options.ContinueSeeded).
type thenSeeded struct {
	prefix []int
	next   *sched.PCT
}

func (s *thenSeeded) Choose(n int) int {
	if len(s.prefix) > 0 {
		c := s.prefix[0]
		s.prefix = s.prefix[1:]
		return c
	}
	return s.next.Choose(n)
}

func (s *thenSeeded) ChooseGoroutine(ids []int) int {
	if len(s.prefix) > 0 {
		return s.Choose(len(ids))
	}
	return s.next.ChooseGoroutine(ids)
}

func orDefault(v, def int64) int64 {
	if v > 0 {
		return v
	}
	return def
}

// Run compiles and runs src. A compile error gives ExitCode 1 and the
// compiler's messages on Stderr, like `go run`.
func Run(filename string, src []byte, opts Options) *Result {
	start := time.Now()
	p, err := Compile(filename, src)
	if err != nil {
		return &Result{Stderr: err.Error() + "\n", ExitCode: 1, Elapsed: time.Since(start)}
	}
	r := p.Run(opts)
	r.Elapsed = time.Since(start)
	return r
}
