// main waits for a result the worker never sends: the worker returns
// early on an error and forgets to report it.
package main

import (
	"errors"
	"fmt"
)

func fetch(url string, results chan<- string) {
	if url == "" {
		err := errors.New("empty url")
		_ = err // bug: the error is dropped and nothing is sent
		return
	}
	results <- "body of " + url
}

func main() {
	results := make(chan string)
	go fetch("", results)
	fmt.Println("waiting for a result")
	fmt.Println(<-results)
}
