package engine

import "testing"

// TestFlagCommandLine checks flag.Parse on the program's arguments
// (Options.Args) and CommandLine's default usage, named after os.Args[0]
// (the run's binary, whose path go run cannot reproduce).
func TestFlagCommandLine(t *testing.T) {
	src := `package main

import (
	"flag"
	"fmt"
)

func main() {
	n := flag.Int("n", 1, "how many")
	v := flag.Bool("v", false, "verbose")
	name := flag.String("name", "x", "the ` + "`who`" + `")
	flag.Parse()
	fmt.Println(*n, *v, *name, flag.NArg(), flag.Args(), flag.NFlag())
	flag.Usage()
}
`
	for _, tc := range []struct {
		args           []string
		stdout, stderr string
		exit           int
	}{
		{
			args:   []string{"-n", "3", "-v", "--name=go", "a", "b"},
			stdout: "3 true go 2 [a b] 3\n",
			stderr: "Usage of /tmp/prog:\n  -n int\n    \thow many (default 1)\n  -name who\n    \tthe who (default \"x\")\n  -v\tverbose\n",
		},
		{
			args:   []string{"-n=x"},
			stderr: "invalid value \"x\" for flag -n: parse error\nUsage of /tmp/prog:\n  -n int\n    \thow many (default 1)\n  -name who\n    \tthe who (default \"x\")\n  -v\tverbose\n",
			exit:   2,
		},
		{
			args:   []string{"-help"},
			stderr: "Usage of /tmp/prog:\n  -n int\n    \thow many (default 1)\n  -name who\n    \tthe who (default \"x\")\n  -v\tverbose\n",
			exit:   0,
		},
	} {
		r := Run("prog.go", []byte(src), Options{Seed: 1, Args: tc.args})
		if r.Stdout != tc.stdout || r.Stderr != tc.stderr || r.ExitCode != tc.exit {
			t.Errorf("args %q: got stdout %q\nstderr %q\nexit %d\nwant stdout %q\nstderr %q\nexit %d", tc.args, r.Stdout, r.Stderr, r.ExitCode, tc.stdout, tc.stderr, tc.exit)
		}
	}
}
