package engine

// FuzzRun feeds arbitrary source to the engine with small budgets. The only
// properties checked are robustness: Run returns (no panic of the engine, no
// hang) and the exit code is one a Go program could have.
//
// The seed corpus is every program under testdata/diff and testdata/conc, so
// `go test ./engine` runs those seeds once; to fuzz:
//
//	go test -run '^$' -fuzz FuzzRun -fuzztime 5m ./engine

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"testing"
	"time"
)

func FuzzRun(f *testing.F) {
	for _, pattern := range []string{"testdata/diff/*.go", "testdata/conc/*.go"} {
		files, err := filepath.Glob(pattern)
		if err != nil {
			f.Fatal(err)
		}
		for _, file := range files {
			src, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(src)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		done := make(chan *Result, 1)
		crash := make(chan string, 1)
		go func() {
			defer func() {
				if p := recover(); p != nil {
					crash <- fmt.Sprintf("%v\n%s", p, debug.Stack())
				}
			}()
			done <- Run("prog.go", src, Options{
				Seed:      1,
				MaxSteps:  1_000_000,
				MaxHeap:   16 << 20,
				MaxOutput: 64 << 10,
			})
		}()
		var r *Result
		select {
		case r = <-done:
		case c := <-crash:
			t.Fatalf("the engine panicked: %s", c)
		case <-time.After(30 * time.Second):
			t.Fatal("Run did not return within 30s with a budget of 1e6 steps")
		}
		if r == nil {
			t.Fatal("Run returned nil")
		}
		switch {
		case r.ExitCode == 0 || r.ExitCode == 1 || r.ExitCode == 2:
		case bytes.Contains(src, []byte("os.Exit")) && r.ExitCode > 0 && r.ExitCode < 256:
		default:
			t.Fatalf("exit code %d: not 0, 1, 2 or an os.Exit code\nstderr: %s", r.ExitCode, r.Stderr)
		}
	})
}
