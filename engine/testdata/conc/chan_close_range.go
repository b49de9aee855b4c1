// A producer closes the channel when finished; the consumer's range loop
// ends after draining every buffered value.
package main

import (
	"fmt"
	"strings"
)

func produce(words []string, out chan<- string) {
	for _, w := range words {
		out <- strings.Repeat(w, 2)
	}
	close(out)
}

func main() {
	out := make(chan string, 3)
	go produce([]string{"ab", "cd", "ef", "gh", "ij"}, out)
	n := 0
	for s := range out {
		n++
		fmt.Println(n, s)
	}
	fmt.Println("range ended after", n, "values")
}
