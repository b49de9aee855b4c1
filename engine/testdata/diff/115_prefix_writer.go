package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

// prefixWriter starts every line with a prefix.
type prefixWriter struct {
	w       io.Writer
	prefix  string
	midLine bool
	writes  int
}

func (p *prefixWriter) Write(b []byte) (int, error) {
	p.writes++
	for _, line := range bytes.SplitAfter(b, []byte("\n")) {
		if len(line) == 0 {
			continue
		}
		if !p.midLine {
			io.WriteString(p.w, p.prefix)
		}
		p.w.Write(line)
		p.midLine = line[len(line)-1] != '\n'
	}
	return len(b), nil
}

func main() {
	pw := &prefixWriter{w: os.Stdout, prefix: "[log] "}
	fmt.Fprintf(pw, "starting %s\n", "server")
	fmt.Fprint(pw, "partial ")
	fmt.Fprintln(pw, "line", 42)
	fmt.Println("writes:", pw.writes)

	bw := bufio.NewWriterSize(pw, 32)
	for i := 0; i < 5; i++ {
		fmt.Fprintf(bw, "buffered line %d\n", i)
	}
	bw.Flush()
	fmt.Println("writes:", pw.writes)

	n, err := io.Copy(pw, strings.NewReader("copied\ntext\n"))
	fmt.Println(n, err, "writes:", pw.writes)

	var sb strings.Builder
	mw := io.MultiWriter(&prefixWriter{w: &sb, prefix: "A: "}, &prefixWriter{w: &sb, prefix: "B: "})
	fmt.Fprintln(mw, "to both")
	fmt.Print(sb.String())

	fmt.Fprintln(os.Stderr, "a line on stderr")
	os.Stderr.WriteString("and another\n")
	fmt.Println(os.Stdout.Name(), os.Stderr.Name(), os.Stdin.Name())
}
