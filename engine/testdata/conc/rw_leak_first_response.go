// Query three replicas and keep the first answer. The results channel is
// unbuffered, so the two slower replicas block forever on their send: they
// leak, but main returns normally and nothing is reported.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func query(replica string, delay time.Duration, out chan<- string) {
	time.Sleep(delay)
	out <- replica + ": 42 rows"
}

func main() {
	out := make(chan string)
	go query("eu-west", 300*time.Millisecond, out)
	go query("us-east", 100*time.Millisecond, out)
	go query("ap-south", 200*time.Millisecond, out)
	fmt.Println("goroutines while querying:", runtime.NumGoroutine())
	fmt.Println("first:", <-out)
	time.Sleep(500 * time.Millisecond)
	fmt.Println("goroutines after the slow replicas answered:", runtime.NumGoroutine())
}
