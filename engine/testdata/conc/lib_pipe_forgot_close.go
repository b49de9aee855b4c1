package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// The producer forgets pw.Close(): the consumer's Scan waits for more
// input forever once the producer has returned.
func produce(pw *io.PipeWriter, lines []string) {
	w := bufio.NewWriter(pw)
	for _, l := range lines {
		fmt.Fprintln(w, strings.ToUpper(l))
	}
	w.Flush()
}

func main() {
	pr, pw := io.Pipe()
	go produce(pw, []string{"one", "two", "three"})
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		fmt.Println("consumed", sc.Text())
	}
	fmt.Println("never reached")
}
