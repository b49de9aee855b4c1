package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

func produce(w *io.PipeWriter, words []string) {
	defer w.Close()
	for i, word := range words {
		fmt.Fprintf(w, "%d:%s\n", i, word)
	}
}

func main() {
	pr, pw := io.Pipe()
	go produce(pw, strings.Fields("alpha beta gamma delta epsilon"))

	sc := bufio.NewScanner(pr)
	lines := 0
	for sc.Scan() {
		idx, word, _ := strings.Cut(sc.Text(), ":")
		fmt.Println(idx, strings.ToUpper(word))
		lines++
	}
	fmt.Println("lines:", lines, "err:", sc.Err())

	// Reads after the writer closed give EOF; writes after the reader
	// closed fail.
	n, err := pr.Read(make([]byte, 1))
	fmt.Println(n, err)
	pr.Close()
	_, err = pw.Write([]byte("late"))
	fmt.Println(err, err == io.ErrClosedPipe)
}
