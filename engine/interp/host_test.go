package interp_test

import (
	"runtime"
	"strings"
	"testing"
	"time"

	"interleave/engine/compile"
	"interleave/engine/interp"
	_ "interleave/engine/sandbox"
	"interleave/engine/sched"
)

// callbackWaits has goroutines blocked and preempted inside callbacks
// from library code (String methods, less functions) at the same time.
const callbackWaits = `package main

import (
	"fmt"
	"sort"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) String() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return fmt.Sprint("n=", c.n)
}

func main() {
	c := &Counter{}
	var wg sync.WaitGroup
	gate := make(chan int)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			xs := []int{3, 1, 2}
			sort.Slice(xs, func(i, j int) bool {
				gate <- i
				return xs[i] < xs[j]
			})
			c.mu.Lock()
			c.n++
			c.mu.Unlock()
			_ = fmt.Sprint(c)
		}()
	}
	go func() {
		for range gate {
		}
	}()
	wg.Wait()
	fmt.Println(c)
}
`

// TestCallbackWaits: goroutines waiting inside callbacks each keep a host
// goroutine of their own, and every one is gone when the run ends, stops
// at a choice point, or hits a budget.
func TestCallbackWaits(t *testing.T) {
	r, err := compile.Compile("prog.go", []byte(callbackWaits))
	if err != nil {
		t.Fatal(err)
	}
	before := runtime.NumGoroutine()
	for seed := int64(1); seed <= 20; seed++ {
		m := interp.New(r.Main, sched.NewPCT(seed), seed, interp.Budgets{})
		if code := m.Run(); code != 0 || m.Stdout.String() != "n=3\n" {
			t.Fatalf("seed %d: exit %d, stdout %q, stderr %q", seed, code, m.Stdout.String(), m.Stderr.String())
		}
	}
	for n := 0; n < 60; n += 7 {
		m := interp.New(r.Main, sched.NewPCT(3), 3, interp.Budgets{})
		m.RunUntilChoice(n)
	}
	m := interp.New(r.Main, sched.NewPCT(4), 4, interp.Budgets{Steps: 12})
	if code := m.Run(); code != 2 || !strings.Contains(m.Stderr.String(), "budget") {
		t.Fatalf("step budget: exit %d, stderr %q", code, m.Stderr.String())
	}
	// Released host goroutines leave asynchronously after their last send.
	for i := 0; i < 100 && runtime.NumGoroutine() > before; i++ {
		time.Sleep(time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Errorf("%d host goroutines left behind", n-before)
	}
}
