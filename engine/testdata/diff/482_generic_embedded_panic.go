package main

import (
	"errors"
	"fmt"
)

type Queue[T any] struct {
	items []T
}

func (q *Queue[T]) Push(v T) { q.items = append(q.items, v) }

func (q *Queue[T]) Pop() T {
	v := q.items[0]
	q.items = q.items[1:]
	return v
}

func (q Queue[T]) Len() int { return len(q.items) }

type Job struct {
	Name string
	Cost int
}

// Scheduler embeds a generic queue and gets its methods.
type Scheduler struct {
	Queue[Job]
	done []string
}

type Runner interface {
	Push(Job)
	Pop() Job
	Len() int
}

var ErrBudget = errors.New("over budget")

func drain(r Runner, budget int) (spent int, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("drain stopped after %d: %v", spent, e)
		}
	}()
	for r.Len() > 0 {
		j := r.Pop()
		if spent+j.Cost > budget {
			return spent, fmt.Errorf("%s: %w", j.Name, ErrBudget)
		}
		spent += j.Cost
	}
	return spent, nil
}

func main() {
	s := &Scheduler{}
	for i, n := range []string{"build", "test", "lint", "deploy"} {
		s.Push(Job{n, (i + 1) * 3})
	}
	fmt.Println(s.Len(), s.items[0])
	spent, err := drain(s, 10)
	fmt.Println(spent, err, errors.Is(err, ErrBudget), s.Len())
	spent, err = drain(s, 100)
	fmt.Println(spent, err)
	var q Queue[string]
	q.Push("only")
	fmt.Println(q.Pop(), q.Len())
	fmt.Println(q.Pop())
}
