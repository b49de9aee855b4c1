// The consumer stops at the first bad record and returns; the producer
// still has records to send on an unbuffered channel and blocks forever, so
// the WaitGroup never reaches zero (a goroutine leak that becomes a
// deadlock).
package main

import (
	"errors"
	"fmt"
	"sync"
)

func produce(records []string, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for _, r := range records {
		out <- r
	}
	close(out)
}

func consume(in <-chan string, wg *sync.WaitGroup, errp *error) {
	defer wg.Done()
	for r := range in {
		if r == "" {
			*errp = errors.New("empty record")
			return // BUG: the producer is never drained
		}
		fmt.Println("stored", r)
	}
}

func main() {
	var wg sync.WaitGroup
	var err error
	ch := make(chan string)
	wg.Add(2)
	go produce([]string{"a", "b", "", "d", "e"}, ch, &wg)
	go consume(ch, &wg, &err)
	wg.Wait()
	fmt.Println("done:", err)
}
