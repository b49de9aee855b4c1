// Command interleave runs a Go program in the Interleave engine, the way
// `go run` runs it natively.
//
//	interleave run [-seed N] [-print-schedule out.json] [-schedule in.json] prog.go [args...]
//
//	interleave trace [-seed N] [-schedule in.json] prog.go [args...]
//
//	interleave step [-seed N] [-schedule in.json] [-print-schedule out.json] prog.go [args...]
//
// -print-schedule records the run's scheduling choices; -schedule replays
// them, reproducing the run exactly. trace runs the program the same way
// and prints its trace (engine/trace) as JSON, one object, goroutine or
// event per line; the program's own output is inside the trace.
//
// step is manual mode: at each choice point it lists the goroutines that
// can run (id, function, the operation each is about to perform, and its
// line) and reads a pick from standard input: a goroutine id (at a
// select, a case number), an empty line to let the seeded scheduler pick,
// "back" to return to the previous choice, "end" to let the scheduler make
// every remaining choice, or "q" to quit. (The program's own standard
// input is empty: re-running it at every step could not read it again.) The end of
// input is "end", so a pipe can script a run. Between choices it prints
// what each goroutine did (the trace's events). At the end it prints the
// schedule, which `run -schedule` replays, then the program's output, and
// exits with the program's exit code. With -schedule it walks a recorded
// run (a finding, a run's -print-schedule): the recorded option is marked,
// and an empty line or end takes the recording's choices while the picks
// follow it.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"interleave/engine"
	"interleave/engine/sched"
)

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	switch os.Args[1] {
	case "run":
		fs := flag.NewFlagSet("run", flag.ExitOnError)
		seed := fs.Int64("seed", 0, "seed of the scheduler's choices")
		replay := fs.String("schedule", "", "replay the schedule in this JSON file (as -print-schedule writes it)")
		printSchedule := fs.String("print-schedule", "", "write the run's schedule as JSON to this file")
		fs.Parse(os.Args[2:])
		if fs.NArg() < 1 {
			usage()
		}
		file := fs.Arg(0)
		src := readSource(file)
		opts := engine.Options{Seed: *seed, Args: fs.Args()[1:], Stdin: os.Stdin}
		if *replay != "" {
			opts.Schedule = readSchedule(*replay)
		}
		r := engine.Run(filepath.Base(file), src, opts)
		if *printSchedule != "" {
			writeSchedule(*printSchedule, r.Schedule, os.Stderr)
		}
		os.Stdout.WriteString(r.Stdout)
		os.Stderr.WriteString(r.Stderr)
		os.Exit(r.ExitCode)
	case "trace":
		fs := flag.NewFlagSet("trace", flag.ExitOnError)
		seed := fs.Int64("seed", 0, "seed of the scheduler's choices")
		replay := fs.String("schedule", "", "replay the schedule in this JSON file")
		fs.Parse(os.Args[2:])
		if fs.NArg() < 1 {
			usage()
		}
		file := fs.Arg(0)
		src := readSource(file)
		opts := engine.Options{Seed: *seed, Args: fs.Args()[1:], Trace: true}
		if *replay != "" {
			opts.Schedule = readSchedule(*replay)
		}
		r := engine.Run(filepath.Base(file), src, opts)
		if r.Trace == nil { // a compile error
			os.Stderr.WriteString(r.Stderr)
			os.Exit(r.ExitCode)
		}
		if err := r.Trace.WriteJSON(os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	case "step":
		fs := flag.NewFlagSet("step", flag.ExitOnError)
		seed := fs.Int64("seed", 0, "seed of the choices the scheduler makes")
		printSchedule := fs.String("print-schedule", "", "write the run's schedule as JSON to this file")
		replay := fs.String("schedule", "", "walk the schedule in this JSON file: an empty line takes its choice")
		fs.Parse(os.Args[2:])
		if fs.NArg() < 1 {
			usage()
		}
		var recorded *sched.Schedule
		if *replay != "" {
			recorded = readSchedule(*replay)
		}
		os.Exit(step(fs.Arg(0), fs.Args()[1:], *seed, recorded, *printSchedule, os.Stdin, os.Stdout, os.Stderr))
	default:
		usage()
	}
}

// step runs `interleave step` and returns the exit code.
func step(file string, args []string, seed int64, recorded *sched.Schedule, printSchedule string, in io.Reader, out, errOut io.Writer) int {
	src, err := os.ReadFile(file)
	if err != nil {
		fmt.Fprintln(errOut, err)
		return 1
	}
	p, err := engine.Compile(filepath.Base(file), src)
	if err != nil {
		fmt.Fprintln(errOut, err)
		return 1
	}
	s := &stepper{prog: p, file: filepath.Base(file), opts: engine.Options{Seed: seed, Args: args},
		in: bufio.NewScanner(in), out: out, echo: !isTerminal(in), recorded: recorded}
	r := s.run()
	if r == nil {
		fmt.Fprintln(out, "quit")
		return 0
	}
	s.finish(r)
	if printSchedule != "" {
		writeSchedule(printSchedule, r.Schedule, errOut)
	}
	io.WriteString(out, r.Stdout)
	io.WriteString(errOut, r.Stderr)
	return r.ExitCode
}

// readSource reads the program's source, or exits.
func readSource(file string) []byte {
	src, err := os.ReadFile(file)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	return src
}

// writeSchedule writes s to file as JSON (what -schedule reads), reporting
// a failure to errOut.
func writeSchedule(file string, s sched.Schedule, errOut io.Writer) {
	b, _ := json.Marshal(s)
	if err := os.WriteFile(file, append(b, '\n'), 0o644); err != nil {
		fmt.Fprintln(errOut, err)
	}
}

// readSchedule reads a schedule as -print-schedule writes it, or exits.
func readSchedule(file string) *sched.Schedule {
	b, err := os.ReadFile(file)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	s := new(sched.Schedule)
	if err := json.Unmarshal(b, s); err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", file, err)
		os.Exit(1)
	}
	return s
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: interleave run [-seed N] [-print-schedule out.json] [-schedule in.json] prog.go [args...]")
	fmt.Fprintln(os.Stderr, "       interleave trace [-seed N] [-schedule in.json] prog.go [args...]")
	fmt.Fprintln(os.Stderr, "       interleave step [-seed N] [-schedule in.json] [-print-schedule out.json] prog.go [args...]")
	os.Exit(2)
}

// isTerminal reports whether r is a terminal (not a pipe or a file).
func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
