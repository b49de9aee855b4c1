package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
)

type Job struct {
	ID    int
	Input string
}

type Result struct {
	JobID  int
	Output string
	Err    error
}

var ErrEmpty = errors.New("empty input")

type Stats struct {
	mu        sync.Mutex
	processed int
	failed    int
}

func (s *Stats) Record(err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err != nil {
		s.failed++
		return
	}
	s.processed++
}

func (s *Stats) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return fmt.Sprintf("processed=%d failed=%d", s.processed, s.failed)
}

func process(ctx context.Context, j Job) (string, error) {
	if j.Input == "" {
		return "", fmt.Errorf("job %d: %w", j.ID, ErrEmpty)
	}
	select {
	case <-ctx.Done():
		return "", ctx.Err()
	case <-time.After(time.Duration(len(j.Input)) * time.Millisecond):
	}
	return strings.ToUpper(j.Input), nil
}

func worker(ctx context.Context, id int, jobs <-chan Job, results chan<- Result, stats *Stats, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		out, err := process(ctx, j)
		stats.Record(err)
		results <- Result{JobID: j.ID, Output: fmt.Sprintf("w%d:%s", id, out), Err: err}
	}
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()

	inputs := []string{"alpha", "beta", "", "gamma", "delta", "epsilon", "", "zeta"}
	jobs := make(chan Job)
	results := make(chan Result, len(inputs))
	stats := &Stats{}

	var wg sync.WaitGroup
	for i := range 3 {
		wg.Add(1)
		go worker(ctx, i, jobs, results, stats, &wg)
	}
	go func() {
		for i, in := range inputs {
			jobs <- Job{ID: i, Input: in}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	var all []Result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(a, b int) bool { return all[a].JobID < all[b].JobID })
	lines := Map(all, func(r Result) string {
		if errors.Is(r.Err, ErrEmpty) {
			return fmt.Sprintf("%d: skipped", r.JobID)
		}
		return fmt.Sprintf("%d: %s", r.JobID, r.Output)
	})
	fmt.Println(strings.Join(lines, "\n"))
	fmt.Println(stats)
}
