package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	pr, pw := io.Pipe()
	go io.Copy(pw, strings.NewReader("streamed through a goroutine running io.Copy\n"))
	buf := make([]byte, 10)
	for i := 0; i < 3; i++ {
		n, err := pr.Read(buf)
		fmt.Printf("%q %v\n", buf[:n], err)
	}
}
