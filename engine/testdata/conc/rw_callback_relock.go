// A registry calls its subscribers while holding its lock; one subscriber
// asks the registry for its size, which takes the same lock again: the
// goroutine deadlocks on itself (a Docker/Kubernetes-style self-deadlock).
package main

import (
	"fmt"
	"sync"
)

type registry struct {
	mu   sync.Mutex
	subs []func(event string)
}

func (r *registry) subscribe(f func(string)) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.subs = append(r.subs, f)
}

func (r *registry) size() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.subs)
}

func (r *registry) publish(event string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, f := range r.subs {
		f(event)
	}
}

func main() {
	r := &registry{}
	r.subscribe(func(e string) { fmt.Println("logger got", e) })
	r.subscribe(func(e string) {
		fmt.Println("metrics got", e, "subscribers:", r.size())
	})
	fmt.Println("subscribers:", r.size())
	r.publish("started")
	fmt.Println("unreachable")
}
