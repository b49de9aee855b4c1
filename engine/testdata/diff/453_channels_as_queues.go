package main

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
)

type Event struct {
	ID   int
	Kind string
}

func drain(ch chan Event) []string {
	var out []string
	for {
		select {
		case e, ok := <-ch:
			if !ok {
				return append(out, "closed")
			}
			out = append(out, fmt.Sprintf("%d:%s", e.ID, e.Kind))
		default:
			return append(out, "empty")
		}
	}
}

var initCount int32

func setup() { atomic.AddInt32(&initCount, 1) }

func main() {
	q := make(chan Event, 4)
	for i, k := range []string{"start", "tick", "tick", "stop"} {
		q <- Event{i, k}
	}
	fmt.Println(len(q), cap(q))
	fmt.Println(drain(q))
	q <- Event{9, "late"}
	close(q)
	fmt.Println(drain(q))
	v, ok := <-q
	fmt.Printf("%+v %v\n", v, ok)
	var once sync.Once
	for range 3 {
		once.Do(setup)
	}
	fmt.Println("init ran", atomic.LoadInt32(&initCount))
	var counter atomic.Int64
	var wg sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			counter.Add(int64(n))
		}(i)
	}
	wg.Wait()
	fmt.Println("sum", counter.Load())
	results := make(chan error, 3)
	for i := range 3 {
		go func() {
			if i == 1 {
				results <- errors.New("job 1 failed")
				return
			}
			results <- nil
		}()
	}
	failed := 0
	for range 3 {
		if err := <-results; err != nil {
			fmt.Println(err)
			failed++
		}
	}
	fmt.Println("failed", failed)
	var mu sync.RWMutex
	shared := map[string]int{}
	mu.Lock()
	shared["x"] = 1
	mu.Unlock()
	mu.RLock()
	fmt.Println(shared)
	mu.RUnlock()
	var nilCh chan int
	select {
	case v := <-nilCh:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channel never ready")
	}
	done := make(chan struct{})
	go func() { defer close(done) }()
	<-done
	var val atomic.Value
	val.Store([]string{"a"})
	fmt.Println(val.Load().([]string))
	fmt.Println(atomic.CompareAndSwapInt32(&initCount, 1, 5), initCount)
}
