package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	jobs := make(chan string, 3)
	done := make(chan bool)
	mu.Lock()
	go func() {
		mu.Lock()
		jobs <- "b"
		mu.Unlock()
		done <- true
	}()
	jobs <- "a"
	mu.Unlock()
	<-done
	fmt.Println(<-jobs, <-jobs)
}
