// main calls runtime.Goexit while a worker waits for a job main would have
// sent: the worker can never run again. Go reports a deadlock listing only
// the worker; main is gone.
package main

import (
	"fmt"
	"runtime"
)

func worker(jobs <-chan int, done chan<- bool) {
	for j := range jobs {
		fmt.Println("job", j)
		done <- true
	}
}

func main() {
	jobs := make(chan int)
	done := make(chan bool)
	go worker(jobs, done)
	for i := 1; i <= 2; i++ {
		jobs <- i
		<-done
	}
	defer fmt.Println("main exits via Goexit")
	runtime.Goexit()
	close(jobs)
}
