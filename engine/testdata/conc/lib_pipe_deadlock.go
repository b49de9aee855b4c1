package main

import (
	"fmt"
	"io"
)

func main() {
	pr, pw := io.Pipe()
	go func() {
		pw.Write([]byte("only one message"))
	}()
	buf := make([]byte, 64)
	n, _ := pr.Read(buf)
	fmt.Println(string(buf[:n]))
	// Nobody writes again and nobody closes: Read blocks forever.
	n, err := pr.Read(buf)
	fmt.Println(n, err)
}
