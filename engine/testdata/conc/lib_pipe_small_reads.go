package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

func main() {
	pr, pw := io.Pipe()
	go func() {
		w := bufio.NewWriterSize(pw, 16)
		w.WriteString(strings.Repeat("abcdefgh", 5))
		w.WriteString("\n")
		w.Flush()
		pw.Close()
	}()
	buf := make([]byte, 7)
	total := 0
	for {
		n, err := pr.Read(buf)
		total += n
		fmt.Printf("%q ", buf[:n])
		if err != nil {
			fmt.Println(err)
			break
		}
	}
	fmt.Println(total)
}
