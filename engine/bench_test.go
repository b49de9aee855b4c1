package engine

import (
	"context"
	"os"
	"strings"
	"sync"
	"testing"

	"interleave/engine/internal/benchcpu"
)

// Benchmarks of the engine on the programs in testdata/bench, each next to
// the same code compiled natively (the Native variants), so that
// BENCHMARKS.md can give ratios measured in one run.

func benchEngine(b *testing.B, file string) {
	src, err := os.ReadFile("testdata/bench/" + file)
	if err != nil {
		b.Fatal(err)
	}
	p, err := Compile(file, src)
	if err != nil {
		b.Fatal(err)
	}
	defer benchcpu.Measure(b)()
	for b.Loop() {
		if r := p.Run(Options{Seed: 1}); r.ExitCode != 0 {
			b.Fatalf("exit %d: %s", r.ExitCode, r.Stderr)
		}
	}
}

func BenchmarkMaps(b *testing.B)       { benchEngine(b, "maps.go") }
func BenchmarkStrings(b *testing.B)    { benchEngine(b, "strings.go") }
func BenchmarkPingPong(b *testing.B)   { benchEngine(b, "pingpong.go") }
func BenchmarkWorkerPool(b *testing.B) { benchEngine(b, "workerpool.go") }
func BenchmarkCancel(b *testing.B)     { benchEngine(b, "cancel.go") }

func BenchmarkCompileWorkerPool(b *testing.B) {
	src, err := os.ReadFile("testdata/bench/workerpool.go")
	if err != nil {
		b.Fatal(err)
	}
	defer benchcpu.Measure(b)()
	for b.Loop() {
		if _, err := Compile("workerpool.go", src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCompile100: parse, type-check and SSA of a 107-line program
// (generics, methods, a worker pool, context, select with time.After).
func BenchmarkCompile100(b *testing.B) {
	src, err := os.ReadFile("testdata/bench/orders100.go")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Compile("orders100.go", src); err != nil {
			b.Fatal(err)
		}
	}
}

var benchSink int

func BenchmarkMapsNative(b *testing.B) {
	defer benchcpu.Measure(b)()
	for b.Loop() {
		m := make(map[int]int)
		for i := 0; i < 100000; i++ {
			m[i*7] = i
		}
		sum := 0
		for i := 0; i < 200000; i++ {
			if v, ok := m[i]; ok {
				sum += v
			}
		}
		for i := 0; i < 100000; i += 2 {
			delete(m, i*7)
		}
		benchSink = sum + len(m)
	}
}

func BenchmarkStringsNative(b *testing.B) {
	defer benchcpu.Measure(b)()
	for b.Loop() {
		var sb strings.Builder
		words := 0
		for i := 0; i < 20000; i++ {
			s := "item"
			for j := 0; j < i%5; j++ {
				s += "x"
			}
			sb.WriteString(s)
			sb.WriteByte(' ')
			if strings.HasSuffix(s, "xx") {
				words++
			}
		}
		benchSink = len(strings.Fields(sb.String())) + words
	}
}

func BenchmarkPingPongNative(b *testing.B) {
	defer benchcpu.Measure(b)()
	for b.Loop() {
		ping, pong := make(chan int), make(chan int)
		go func() {
			for v := range ping {
				pong <- v + 1
			}
			close(pong)
		}()
		v := 0
		for i := 0; i < 100000; i++ {
			ping <- v
			v = <-pong
		}
		close(ping)
		benchSink = v
	}
}

func BenchmarkWorkerPoolNative(b *testing.B) {
	defer benchcpu.Measure(b)()
	for b.Loop() {
		jobs := make(chan int, 100)
		results := make(chan int, 100)
		var wg sync.WaitGroup
		for w := 0; w < 8; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for j := range jobs {
					results <- j * 2
				}
			}()
		}
		go func() {
			for i := 0; i < 10000; i++ {
				jobs <- i
			}
			close(jobs)
		}()
		go func() {
			wg.Wait()
			close(results)
		}()
		sum := 0
		for r := range results {
			sum += r
		}
		benchSink = sum
	}
}

func BenchmarkCancelNative(b *testing.B) {
	defer benchcpu.Measure(b)()
	for b.Loop() {
		ctx, cancel := context.WithCancel(context.Background())
		var wg sync.WaitGroup
		for i := 0; i < 1000; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-ctx.Done()
			}()
		}
		cancel()
		wg.Wait()
	}
}
