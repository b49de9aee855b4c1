// A send on an unbuffered channel with no receiver blocks forever: the
// receiving goroutine was never started.
package main

import (
	"fmt"
	"strings"
)

func logger(lines <-chan string) {
	for l := range lines {
		fmt.Println("log:", strings.TrimSpace(l))
	}
}

func main() {
	lines := make(chan string)
	startLogger := false
	if startLogger {
		go logger(lines)
	}
	fmt.Println("sending")
	lines <- "  hello  "
	fmt.Println("sent")
}
