package interp_test

import (
	"testing"

	"interleave/engine/compile"
	"interleave/engine/internal/benchcpu"
	"interleave/engine/interp"
	"interleave/engine/sched"
)

func benchProgram(b *testing.B, src string) {
	r, err := compile.Compile("bench.go", []byte(src))
	if err != nil {
		b.Fatal(err)
	}
	defer benchcpu.Measure(b)()
	for b.Loop() {
		m := interp.New(r.Main, sched.NewRandom(1), 1, interp.Budgets{})
		if code := m.Run(); code != 0 {
			b.Fatalf("exit %d: %s", code, m.Stderr.String())
		}
	}
}

func BenchmarkLoop(b *testing.B) {
	benchProgram(b, `package main
func main() {
	s := 0
	for i := 0; i < 1000000; i++ {
		s += i
	}
	if s != 499999500000 { panic(s) }
}`)
}

func BenchmarkFib(b *testing.B) {
	benchProgram(b, `package main
func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}
func main() {
	if fib(25) != 75025 { panic("fib") }
}`)
}

//go:noinline
func nativeFib(n int) int {
	if n < 2 {
		return n
	}
	return nativeFib(n-1) + nativeFib(n-2)
}

var sink int

// The same programs compiled natively, for the ratios in BENCHMARKS.md.
func BenchmarkFibNative(b *testing.B) {
	defer benchcpu.Measure(b)()
	for b.Loop() {
		sink = nativeFib(25)
	}
}

func BenchmarkLoopNative(b *testing.B) {
	defer benchcpu.Measure(b)()
	for b.Loop() {
		s := 0
		for i := 0; i < 1000000; i++ {
			s += i
		}
		sink = s
	}
}
