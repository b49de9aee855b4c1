// step.go: `interleave step`, manual mode: the learner takes the
// scheduler's seat.

package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"interleave/engine"
	"interleave/engine/sched"
	"interleave/engine/trace"
)

// stepper runs a program in manual mode, reading each pick from in and
// writing the choices and the events between them to out.
type stepper struct {
	prog *engine.Program
	file string
	opts engine.Options // Seed and Args
	in   *bufio.Scanner
	out  io.Writer
	echo bool // write each answer after the prompt (input is not a terminal)
	// recorded, when set, is a schedule to walk (-schedule): its choices
	// are the defaults of an empty line and of end, as long as the picks
	// follow it.
	recorded *sched.Schedule
}

// follows returns the recorded choice at the next choice point: -1 when
// there is no recording, the picks so far have left it, or it has ended.
func (s *stepper) follows(prefix []int, options int) int {
	r := s.recorded
	if r == nil || len(prefix) >= len(r.Choices) || !slices.Equal(prefix, r.Choices[:len(prefix)]) {
		return -1
	}
	if c := r.Choices[len(prefix)]; c < options {
		return c
	}
	return -1
}

// run walks the program choice by choice and returns its final result, or
// nil if the learner quit. Each step re-runs the program from the start
// with the choices made so far (runs are deterministic, and a lesson-sized
// program re-runs, traced, in about a millisecond), stopping at the next
// choice point.
func (s *stepper) run() *engine.Result {
	var prefix []int
	seed := s.opts.Seed
	if s.recorded != nil {
		seed = s.recorded.Seed
	}
	auto := 0         // choices left to the seeded scheduler before the next stop
	toEnd := false    // the seeded scheduler makes every remaining choice
	shown := 0        // events printed so far
	var shownAt []int // shownAt[k]: events printed when the run stopped after k choices
	for {
		opts := s.opts
		opts.Schedule = &sched.Schedule{Seed: seed, Choices: prefix}
		opts.ContinueSeeded = true
		opts.Trace = true
		if !toEnd {
			opts.StopAtChoice = len(prefix) + auto + 1
		}
		r := s.prog.Run(opts)
		auto = 0
		if r.Trace != nil {
			for _, e := range r.Trace.Range(shown, r.Trace.Len()) {
				s.printEvent(r.Trace, e)
			}
			shown = r.Trace.Len()
		}
		if r.Choice == nil {
			return r
		}
		prefix = r.Schedule.Choices
		shownAt = append(shownAt[:len(prefix)], shown)
		rec := s.follows(prefix, len(r.Choice.Options))
		s.printChoice(len(prefix)+1, r.Trace, r.Choice, rec)
		for {
			fmt.Fprint(s.out, "> ")
			line, ok := s.readLine()
			if !ok { // end of input: the scheduler finishes the run
				fmt.Fprintln(s.out, "(end of input: the scheduler runs the rest)")
				toEnd = true
				break
			}
			switch line {
			case "":
				if rec >= 0 {
					prefix = append(prefix, rec)
				} else {
					auto = 1
				}
			case "end":
				if rec >= 0 {
					prefix = s.recorded.Choices
				}
				toEnd = true
			case "q", "quit":
				return nil
			case "b", "back":
				if len(prefix) == 0 {
					fmt.Fprintln(s.out, "this is the first choice")
					continue
				}
				prefix = prefix[:len(prefix)-1]
				shown = shownAt[len(prefix)]
				fmt.Fprintf(s.out, "(back to choice %d)\n", len(prefix)+1)
			default:
				i, err := pick(r.Choice, line)
				if err != nil {
					fmt.Fprintln(s.out, err)
					continue
				}
				prefix = append(prefix, i)
			}
			break
		}
	}
}

func (s *stepper) readLine() (string, bool) {
	if !s.in.Scan() {
		if s.echo {
			fmt.Fprintln(s.out)
		}
		return "", false
	}
	line := strings.TrimSpace(s.in.Text())
	if s.echo {
		fmt.Fprintln(s.out, line)
	}
	return line, true
}

// pick turns the learner's answer into an option index: a goroutine id
// when the choice is among goroutines, a case number (from 1) when it is
// among a select's ready cases.
func pick(c *engine.Choice, answer string) (int, error) {
	n, err := strconv.Atoi(answer)
	if err != nil {
		return 0, fmt.Errorf("%q: type a number, an empty line, back, end or q", answer)
	}
	if c.Select {
		if n < 1 || n > len(c.Options) {
			return 0, fmt.Errorf("no case %d: pick 1 to %d", n, len(c.Options))
		}
		return n - 1, nil
	}
	for i, o := range c.Options {
		if o.G == n {
			return i, nil
		}
	}
	return 0, fmt.Errorf("goroutine %d cannot run now", n)
}

// printChoice lists the options at choice point k.
func (s *stepper) printChoice(k int, tr *trace.Trace, c *engine.Choice, recorded int) {
	empty := "the scheduler picks"
	if recorded >= 0 {
		empty = "the recorded choice"
	}
	mark := func(i int) string {
		if i == recorded {
			return "  (recorded)"
		}
		return ""
	}
	if c.Select {
		fmt.Fprintf(s.out, "choice %d: goroutine %d's select has %d ready cases; which one fires?\n", k, c.Options[0].G, len(c.Options))
		for i, o := range c.Options {
			fmt.Fprintf(s.out, "  case %d  %-28s %s:%d%s\n", i+1, o.Op, s.file, o.Line, mark(i))
		}
		fmt.Fprintf(s.out, "pick a case number (empty line: %s; back; end: run the rest; q: quit)\n", empty)
		return
	}
	fmt.Fprintf(s.out, "choice %d: which goroutine runs next?\n", k)
	for i, o := range c.Options {
		fmt.Fprintf(s.out, "  goroutine %-3d %-18s %-28s %s:%d%s\n", o.G, funcOf(tr, o.G), o.Op, s.file, o.Line, mark(i))
	}
	if tr != nil && !tr.Truncated && tr.Len() > 0 {
		for _, g := range tr.StateAt(tr.Len() - 1).Goroutines {
			if g.Status == trace.Blocked {
				fmt.Fprintf(s.out, "  (blocked: goroutine %d %s, %s:%d)\n", g.ID, tr.Waiting(g), s.file, g.Pos.Line)
			}
		}
	}
	fmt.Fprintf(s.out, "pick a goroutine id (empty line: %s; back; end: run the rest; q: quit)\n", empty)
}

// printEvent prints one event of the trace: who did what, where.
func (s *stepper) printEvent(tr *trace.Trace, e trace.Event) {
	who := "runtime"
	if e.G != 0 {
		who = "g" + strconv.Itoa(e.G)
	}
	where := ""
	if e.Pos.IsValid() {
		where = fmt.Sprintf("  (line %d)", e.Pos.Line)
	}
	fmt.Fprintf(s.out, "    %-4s %s%s\n", who, tr.Describe(e), where)
}

// funcOf is the function goroutine g started in.
func funcOf(tr *trace.Trace, g int) string {
	if tr != nil {
		for _, gr := range tr.Goroutines {
			if gr.ID == g {
				return gr.Func
			}
		}
	}
	return "?"
}

// finish prints how the run ended and the schedule that replays it.
func (s *stepper) finish(r *engine.Result) {
	b, _ := json.Marshal(r.Schedule)
	fmt.Fprintf(s.out, "schedule: %s\n", b)
	fmt.Fprintf(s.out, "(replay it: save it to a file and run interleave run -schedule file %s)\n", s.file)
	fmt.Fprintf(s.out, "--- output (exit status %d)\n", r.ExitCode)
}
