// pct.go: random priorities with random demotions (PCT).

package sched

import "math/rand/v2"

// A GoroutineChooser is a Strategy that wants to know which goroutines it
// chooses among, not just how many: ChooseGoroutine gets the ids of the
// runnable goroutines (in id order) and returns an index into ids. ids
// belongs to the caller: it must not be changed or kept.
type GoroutineChooser interface {
	Strategy
	ChooseGoroutine(ids []int) int
}

// PCT is probabilistic concurrency testing (Burckhardt et al., ASPLOS
// 2010): every goroutine gets a random priority when it first shows up, the
// highest-priority runnable goroutine always runs, and at random choice
// points the running one is demoted below all others. Unlike a uniform
// coin at every step, which keeps running whichever goroutine started
// first, every order of goroutines is about equally likely, and a bug that
// needs d preemptions is found with probability about 1/(n*k^(d-1)).
//
// Invariant: priorities are distinct; demoted goroutines get priorities
// below every priority given so far.
type PCT struct {
	rng    *rand.Rand
	prio   []float64 // by goroutine id; 0 means not seen yet
	low    float64   // the lowest priority given so far
	demote float64   // probability of a demotion at a choice point
}

// NewPCT returns a PCT strategy seeded with seed that demotes the running
// goroutine with probability 1/20 at each choice point.
func NewPCT(seed int64) *PCT {
	return &PCT{
		rng:    rand.New(rand.NewPCG(uint64(seed), 0x9c7)),
		demote: 1.0 / 20,
	}
}

// Choose picks uniformly: it is used for select cases.
func (p *PCT) Choose(n int) int { return p.rng.IntN(n) }

// ChooseGoroutine runs the highest-priority goroutine, sometimes after
// demoting it.
func (p *PCT) ChooseGoroutine(ids []int) int {
	// One pass gives priorities to the goroutines seen for the first time
	// and finds the highest (what highest does).
	best := 0
	for i, id := range ids {
		for id >= len(p.prio) {
			p.prio = append(p.prio, 0)
		}
		if p.prio[id] == 0 {
			p.prio[id] = 1 + p.rng.Float64() // in (1, 2): above every demoted one
		}
		if p.prio[id] > p.prio[ids[best]] {
			best = i
		}
	}
	if p.rng.Float64() < p.demote {
		p.low -= 1
		p.prio[ids[best]] = p.low
		best = p.highest(ids)
	}
	return best
}

func (p *PCT) highest(ids []int) int {
	best := 0
	for i, id := range ids {
		if p.prio[id] > p.prio[ids[best]] {
			best = i
		}
	}
	return best
}
