// Command interleave runs a Go program in the Interleave engine, the way
// `go run` runs it natively.
//
//	interleave run [-seed N] prog.go [args...]
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"interleave/engine"
)

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	switch os.Args[1] {
	case "run":
		fs := flag.NewFlagSet("run", flag.ExitOnError)
		seed := fs.Int64("seed", 0, "seed of the scheduler's choices")
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
		r := engine.Run(filepath.Base(file), src, engine.Options{Seed: *seed, Args: fs.Args()[1:]})
		os.Stdout.WriteString(r.Stdout)
		os.Stderr.WriteString(r.Stderr)
		os.Exit(r.ExitCode)
	default:
		usage()
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: interleave run [-seed N] prog.go [args...]")
	os.Exit(2)
}
