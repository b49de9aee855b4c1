package main

import (
	"fmt"
	"io"
	"strings"
)

// Each writer goroutine is a library function itself (go io.Copy, go
// fmt.Fprint): both stay blocked in their pipes until main reads.
func main() {
	pr1, pw1 := io.Pipe()
	pr2, pw2 := io.Pipe()
	go io.Copy(pw1, strings.NewReader("first pipe, copied by io.Copy"))
	go fmt.Fprint(pw2, "second pipe, printed by fmt.Fprint")

	buf := make([]byte, 12)
	for _, pr := range []*io.PipeReader{pr1, pr2} {
		var parts []string
		for len(parts) < 3 {
			n, err := pr.Read(buf)
			if err != nil {
				break
			}
			parts = append(parts, string(buf[:n]))
		}
		fmt.Printf("%q\n", parts)
	}
	pr1.Close()
	pr2.Close()
}
