// Receiving from a nil channel blocks forever: the struct's channel was
// never made.
package main

import "fmt"

type worker struct {
	name    string
	results chan int
}

func newWorker(name string) *worker {
	return &worker{name: name} // bug: results not made
}

func (w *worker) start() {
	go func() {
		fmt.Println(w.name, "started")
	}()
}

func main() {
	w := newWorker("w1")
	fmt.Println("receiving from a nil channel")
	fmt.Println(<-w.results)
	w.start()
}
