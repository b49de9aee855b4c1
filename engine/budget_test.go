package engine

// Programs that run out of a budget: the differential suite cannot compare
// them with go run (Go would loop forever), so each is checked here for a
// clean stop that names the budget and the line where the program was.

import (
	"strings"
	"testing"
)

func TestStepBudget(t *testing.T) {
	for _, tc := range []struct {
		name string
		src  string
		line string // "prog.go:N" the message must name
		out  string // stdout before the stop
	}{
		{"empty for", `package main

import "fmt"

func spin() {
	fmt.Println("spinning")
	for {
	}
}

func main() {
	n := 0
	for i := 0; i < 3; i++ {
		n += i
	}
	fmt.Println(n)
	spin()
}
`, "prog.go:7", "3\nspinning\n"},
		{"second empty for in a closure", `package main

func main() {
	for i := 0; i < 2; i++ {
	}
	f := func() {
		for i := 0; i < 1; i++ {
		}
		for {
		}
	}
	for j := 0; j < 2; j++ {
	}
	f()
}
`, "prog.go:9", ""},
		{"counting loop", `package main

import "fmt"

func main() {
	x := 0
	for {
		x++
	}
	fmt.Println(x)
}
`, "prog.go:7", ""}, // x++ runs fused into the loop's branch: the stop names the for
		{"loop with a condition that never fails", `package main

func main() {
	i := 0
	for i >= 0 {
		i = (i + 1) % 10
	}
}
`, "prog.go:", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Run("prog.go", []byte(tc.src), Options{Seed: 1, MaxSteps: 200_000})
			if r.ExitCode != 2 {
				t.Errorf("exit code %d, want 2", r.ExitCode)
			}
			if r.Stdout != tc.out {
				t.Errorf("stdout %q, want %q", r.Stdout, tc.out)
			}
			want := "interleave: step budget exceeded (200000 steps): the program may loop forever at " + tc.line
			if !strings.HasPrefix(r.Stderr, want) || !strings.HasSuffix(r.Stderr, "\n") || strings.Count(r.Stderr, "\n") != 1 {
				t.Errorf("stderr %q, want %q", r.Stderr, want+"\n")
			}
		})
	}
}

func TestMemoryBudget(t *testing.T) {
	src := `package main

import "fmt"

func main() {
	var keep [][]int
	for i := 0; ; i++ {
		keep = append(keep, make([]int, 1<<16))
		if i%100 == 0 {
			fmt.Println(i)
		}
	}
}
`
	r := Run("prog.go", []byte(src), Options{Seed: 1, MaxHeap: 8 << 20})
	if r.ExitCode != 2 {
		t.Errorf("exit code %d, want 2", r.ExitCode)
	}
	if want := "interleave: memory budget exceeded (8 MB allocated) at prog.go:8\n"; r.Stderr != want {
		t.Errorf("stderr %q, want %q", r.Stderr, want)
	}
}
