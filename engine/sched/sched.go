// Package sched decides which goroutine runs next.
//
// The interpreter asks a Strategy at every choice point where Go leaves the
// outcome open: which runnable goroutine takes the next step, which ready
// select case fires. Every answer is recorded, so a run is reproducible from
// its Schedule: replaying the same choices gives the same run.
package sched

import "math/rand/v2"

// A Schedule is the list of choices one run made, plus the seed of its
// other randomness (map iteration order).
type Schedule struct {
	Seed    int64 `json:"seed"`
	Choices []int `json:"choices"`
}

// A Strategy picks one of n options (n >= 2) at a choice point.
type Strategy interface {
	Choose(n int) int
}

// Recorder wraps a Strategy and records its answers. Its Strategy must
// not change once it has been asked.
type Recorder struct {
	Strategy Strategy
	Choices  []int

	gc      GoroutineChooser // Strategy, if it is one
	checked bool             // gc is set
}

// Choose asks the strategy and records the answer.
func (r *Recorder) Choose(n int) int {
	c := r.Strategy.Choose(n)
	if c < 0 || c >= n {
		c = 0
	}
	r.record(c)
	return c
}

// record appends c to the choices, doubling their storage when full:
// append grows a long slice by a quarter at a time, and a run makes a
// choice at nearly every channel operation.
func (r *Recorder) record(c int) {
	if len(r.Choices) == cap(r.Choices) {
		grown := make([]int, len(r.Choices), 2*cap(r.Choices)+256)
		copy(grown, r.Choices)
		r.Choices = grown
	}
	r.Choices = append(r.Choices, c)
}

// ChooseGoroutine asks the strategy, telling it the goroutines if it wants
// to know them, and records the answer.
func (r *Recorder) ChooseGoroutine(ids []int) int {
	if !r.checked {
		r.gc, _ = r.Strategy.(GoroutineChooser)
		r.checked = true
	}
	var c int
	if g := r.gc; g != nil {
		c = g.ChooseGoroutine(ids)
	} else {
		c = r.Strategy.Choose(len(ids))
	}
	if c < 0 || c >= len(ids) {
		c = 0
	}
	r.record(c)
	return c
}

// Random chooses uniformly with a seeded generator.
type Random struct{ rng *rand.Rand }

// NewRandom returns a Random strategy seeded with seed.
func NewRandom(seed int64) *Random {
	return &Random{rng: rand.New(rand.NewPCG(uint64(seed), 0x5eed))}
}

// Choose picks uniformly.
func (r *Random) Choose(n int) int { return r.rng.IntN(n) }

// Replay repeats recorded choices, then falls back to the first option.
type Replay struct {
	Choices []int
	i       int
}

// Choose returns the next recorded choice.
func (r *Replay) Choose(n int) int {
	if r.i >= len(r.Choices) {
		return 0
	}
	c := r.Choices[r.i]
	r.i++
	return c
}
