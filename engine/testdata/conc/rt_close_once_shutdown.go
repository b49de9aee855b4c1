// Several goroutines may trigger shutdown; closing the quit channel through
// sync.Once makes the repeated calls safe, and every waiter sees it.
package main

import (
	"fmt"
	"sync"
)

type server struct {
	quit     chan struct{}
	stopOnce sync.Once
	stops    int
}

func (s *server) Stop() {
	s.stopOnce.Do(func() {
		s.stops++
		close(s.quit)
	})
}

func main() {
	s := &server{quit: make(chan struct{})}
	var waiters, stoppers sync.WaitGroup
	results := make(chan string, 3)
	for i := range 3 {
		waiters.Add(1)
		go func() {
			defer waiters.Done()
			<-s.quit
			results <- fmt.Sprint("waiter ", i, " saw quit")
		}()
	}
	for range 5 {
		stoppers.Add(1)
		go func() {
			defer stoppers.Done()
			s.Stop()
		}()
	}
	stoppers.Wait()
	waiters.Wait()
	close(results)
	n := 0
	for range results {
		n++
	}
	fmt.Println("waiters released:", n, "close calls:", s.stops)
	_, open := <-s.quit
	fmt.Println("quit open:", open)
}
