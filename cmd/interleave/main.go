// Command interleave runs a Go program in the Interleave engine, the way
// `go run` runs it natively.
//
//	interleave run [-seed N] [-print-schedule out.json] [-schedule in.json] prog.go [args...]
//
//	interleave trace [-seed N] [-schedule in.json] prog.go [args...]
//
// -print-schedule records the run's scheduling choices; -schedule replays
// them, reproducing the run exactly. trace runs the program the same way
// and prints its trace (engine/trace) as JSON, one object, goroutine or
// event per line; the program's own output is inside the trace.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
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
		src, err := os.ReadFile(file)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		opts := engine.Options{Seed: *seed, Args: fs.Args()[1:], Stdin: os.Stdin}
		if *replay != "" {
			b, err := os.ReadFile(*replay)
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
			opts.Schedule = new(sched.Schedule)
			if err := json.Unmarshal(b, opts.Schedule); err != nil {
				fmt.Fprintf(os.Stderr, "%s: %v\n", *replay, err)
				os.Exit(1)
			}
		}
		r := engine.Run(filepath.Base(file), src, opts)
		if *printSchedule != "" {
			b, _ := json.Marshal(r.Schedule)
			if err := os.WriteFile(*printSchedule, append(b, '\n'), 0o644); err != nil {
				fmt.Fprintln(os.Stderr, err)
			}
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
		src, err := os.ReadFile(file)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
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
	default:
		usage()
	}
}

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
	os.Exit(2)
}
