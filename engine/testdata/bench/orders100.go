// A 100-line lesson-sized program for the compile benchmark: an order
// pipeline with generics, methods, interfaces, a worker pool and context.
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

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type Order struct {
	ID       int
	Customer string
	Items    []Item
}

type Item struct {
	SKU   string
	Qty   int
	Price Money
}

func (o Order) Total() Money {
	var t Money
	for _, it := range o.Items {
		t += Money(it.Qty) * it.Price
	}
	return t
}

var ErrEmpty = errors.New("empty order")

type Result struct {
	ID    int
	Total Money
	Err   error
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func process(ctx context.Context, o Order) Result {
	select {
	case <-ctx.Done():
		return Result{ID: o.ID, Err: ctx.Err()}
	case <-time.After(time.Duration(o.ID) * time.Millisecond):
	}
	if len(o.Items) == 0 {
		return Result{ID: o.ID, Err: fmt.Errorf("order %d: %w", o.ID, ErrEmpty)}
	}
	return Result{ID: o.ID, Total: o.Total()}
}

func run(ctx context.Context, orders []Order, workers int) []Result {
	jobs := make(chan Order)
	results := make(chan Result)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for o := range jobs {
				results <- process(ctx, o)
			}
		}()
	}
	go func() {
		defer close(jobs)
		for _, o := range orders {
			jobs <- o
		}
	}()
	go func() { wg.Wait(); close(results) }()
	var out []Result
	for r := range results {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

func main() {
	orders := []Order{{1, "ann", []Item{{"tea", 2, 350}}}, {2, "bob", nil}, {3, "cy", []Item{{"cup", 1, 1299}, {"tea", 1, 350}}}}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	for _, r := range run(ctx, orders, 2) {
		if r.Err != nil {
			fmt.Println(r.ID, "error:", r.Err, errors.Is(r.Err, ErrEmpty))
			continue
		}
		fmt.Println(r.ID, r.Total)
	}
	fmt.Println(strings.Join(Map(orders, func(o Order) string { return o.Customer }), ","))
}
