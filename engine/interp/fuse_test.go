package interp_test

import (
	"strings"
	"testing"

	"interleave/engine/compile"
	"interleave/engine/interp"
	"interleave/engine/sched"
)

// TestFusedLoops runs loops of the shapes fuse.go compiles specially (a
// jump into a loop header, absorbed integer ops, values coalesced into
// phis, whole loops in one op) and checks what they compute.
func TestFusedLoops(t *testing.T) {
	src := `package main

func sum(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i
	}
	return s
}

func fibIter(n int) int {
	a, b := 0, 1
	for i := 0; i < n; i++ {
		a, b = b, a+b // a parallel move: b's old value goes to a
	}
	return a
}

func swaps(n int) (int, int) {
	x, y := 1, 2
	for i := 0; i < n; i++ {
		x, y = y, x
	}
	return x, y
}

func down(n uint) uint {
	c := uint(0)
	for i := n; i > 0; i-- {
		c += 2
	}
	return c
}

func narrow() int8 {
	var x int8
	for i := 0; i < 200; i++ {
		x += 3 // wraps
	}
	return x
}

func nested(n int) int {
	c := 0
	for i := 0; i < n; i++ {
		for j := i; j < n; j++ {
			c += i * j
		}
	}
	return c
}

func early(n int) int {
	i := 0
	for ; i < n; i++ {
		if i*i > 50 {
			break
		}
	}
	return i
}

func main() {
	if sum(1000) != 499500 {
		panic("sum")
	}
	if fibIter(50) != 12586269025 {
		panic("fib")
	}
	if x, y := swaps(3); x != 2 || y != 1 {
		panic("swaps")
	}
	if down(10) != 20 {
		panic("down")
	}
	if narrow() != 88 {
		panic("narrow")
	}
	if nested(10) != 1155 {
		panic("nested")
	}
	if early(100) != 8 {
		panic("early")
	}
}
`
	r, err := compile.Compile("loops.go", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	m := interp.New(r.Main, sched.NewRandom(1), 1, interp.Budgets{})
	if code := m.Run(); code != 0 {
		t.Fatalf("exit %d: %s", code, m.Stderr.String())
	}
}

// TestFusedLoopBudget: a loop run inside one op still stops at the step
// budget.
func TestFusedLoopBudget(t *testing.T) {
	src := `package main

func main() {
	s := 0
	for i := 0; i >= 0; i++ {
		s += i
	}
	println(s)
}
`
	r, err := compile.Compile("spin.go", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	m := interp.New(r.Main, sched.NewRandom(1), 1, interp.Budgets{Steps: 100000})
	if code := m.Run(); code != 2 || !strings.Contains(m.Stderr.String(), "step budget exceeded") {
		t.Fatalf("exit %d: %s", code, m.Stderr.String())
	}
}
