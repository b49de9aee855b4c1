package main

import (
	"bufio"
	"fmt"
	"io"
)

func main() {
	pr, pw := io.Pipe()
	go func() {
		defer pw.Close()
		bw := bufio.NewWriter(pw)
		defer bw.Flush()
		defer fmt.Fprintln(bw, "deferred line")
		for i := 0; i < 3; i++ {
			fmt.Fprintf(bw, "line %d\n", i)
		}
	}()
	data, err := io.ReadAll(pr)
	fmt.Printf("%q %v\n", data, err)
}
