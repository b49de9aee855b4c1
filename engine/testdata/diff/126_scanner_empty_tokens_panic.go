package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

// emptyAtEOF forgets to return a nil token at the end of input: the
// scanner keeps producing empty tokens until it gives up.
func emptyAtEOF(data []byte, atEOF bool) (int, []byte, error) {
	if atEOF && len(data) == 0 {
		return 0, []byte{}, nil
	}
	return bufio.ScanLines(data, atEOF)
}

func main() {
	var f *os.File
	_, err := f.Write([]byte("x"))
	fmt.Println("nil file:", err, f.Close())

	sc := bufio.NewScanner(strings.NewReader("a\nb\n"))
	sc.Split(emptyAtEOF)
	n := 0
	for sc.Scan() {
		n++
		if n <= 3 {
			fmt.Printf("token %d: %q\n", n, sc.Text())
		}
	}
	fmt.Println("unreachable", n)
}
