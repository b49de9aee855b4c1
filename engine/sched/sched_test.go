package sched

import (
	"slices"
	"testing"
)

func TestRecorderAndReplay(t *testing.T) {
	rec := &Recorder{Strategy: NewPCT(7)}
	var got []int
	for i := 0; i < 50; i++ {
		if i%3 == 0 {
			got = append(got, rec.Choose(4))
		} else {
			got = append(got, rec.ChooseGoroutine([]int{1, 7, 8, 9}[:2+i%3]))
		}
	}
	if !slices.Equal(got, rec.Choices) {
		t.Fatalf("recorded %v, answered %v", rec.Choices, got)
	}
	rp := &Replay{Choices: rec.Choices}
	for i, want := range got {
		if c := rp.Choose(4); c != want {
			t.Fatalf("choice %d: replay gives %d, want %d", i, c, want)
		}
	}
	if c := rp.Choose(3); c != 0 {
		t.Errorf("past the end, replay gives %d, want 0", c)
	}
}

func TestPCTRunsHighestPriorityUntilDemoted(t *testing.T) {
	p := NewPCT(1)
	p.demote = 0
	ids := []int{1, 7, 8}
	first := ids[p.ChooseGoroutine(ids)]
	for i := 0; i < 100; i++ {
		if g := ids[p.ChooseGoroutine(ids)]; g != first {
			t.Fatalf("without demotions PCT switched from %d to %d", first, g)
		}
	}
	p.demote = 1
	if g := ids[p.ChooseGoroutine(ids)]; g == first {
		t.Fatalf("after a demotion PCT still runs %d", g)
	}
}

func TestPCTCoversEveryOrder(t *testing.T) {
	// Three goroutines that each run once: over many seeds, every one of
	// the 6 orders must come up (a uniform coin at every step would favour
	// the first goroutine).
	seen := map[[3]int]bool{}
	for seed := int64(0); seed < 300; seed++ {
		p := NewPCT(seed)
		ids := []int{7, 8, 9}
		var order [3]int
		for k := range 3 {
			i := p.ChooseGoroutine(ids)
			order[k] = ids[i]
			ids = slices.Delete(slices.Clone(ids), i, i+1)
		}
		seen[order] = true
	}
	if len(seen) != 6 {
		t.Errorf("PCT produced %d of the 6 orders: %v", len(seen), seen)
	}
}
