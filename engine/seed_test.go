package engine

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestSameSeedSameRun checks that a run is a pure function of the program
// and the seed: two runs of every corpus program with the same seed print
// the same bytes, exit the same way and make the same scheduling choices,
// and replaying the recorded schedule gives that run again.
func TestSameSeedSameRun(t *testing.T) {
	files, _ := filepath.Glob("testdata/conc/*.go")
	sched, _ := filepath.Glob("testdata/sched/*.go")
	files = append(files, sched...)
	if len(files) == 0 {
		t.Fatal("no corpus programs")
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		p, err := Compile(filepath.Base(f), src)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		for _, seed := range []int64{3, 11} {
			a, b := p.Run(Options{Seed: seed}), p.Run(Options{Seed: seed})
			if a.Stdout != b.Stdout || a.Stderr != b.Stderr || a.ExitCode != b.ExitCode {
				t.Errorf("%s seed %d: two runs differ:\n%q exit %d\n%q exit %d", f, seed, a.Stdout+a.Stderr, a.ExitCode, b.Stdout+b.Stderr, b.ExitCode)
			}
			if !slices.Equal(a.Schedule.Choices, b.Schedule.Choices) {
				t.Errorf("%s seed %d: two runs made different choices", f, seed)
			}
			r := p.Run(Options{Schedule: &a.Schedule})
			if r.Stdout != a.Stdout || r.Stderr != a.Stderr || r.ExitCode != a.ExitCode || !slices.Equal(r.Schedule.Choices, a.Schedule.Choices) {
				t.Errorf("%s seed %d: replaying the schedule gives another run:\n%q exit %d\nwant %q exit %d", f, seed, r.Stdout+r.Stderr, r.ExitCode, a.Stdout+a.Stderr, a.ExitCode)
			}
		}
	}
}
