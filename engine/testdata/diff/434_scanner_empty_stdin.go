package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func sumLines(r io.Reader) (int, int, error) {
	sc := bufio.NewScanner(r)
	lines, words := 0, 0
	for sc.Scan() {
		lines++
		words += len(strings.Fields(sc.Text()))
	}
	return lines, words, sc.Err()
}

func main() {
	l, w, err := sumLines(os.Stdin)
	fmt.Printf("stdin: %d lines, %d words, err=%v\n", l, w, err)
	l, w, err = sumLines(strings.NewReader("one two\nthree\n\nfour five six"))
	fmt.Printf("text: %d lines, %d words, err=%v\n", l, w, err)
	rd := bufio.NewReader(os.Stdin)
	line, err := rd.ReadString('\n')
	fmt.Printf("%q %v %v\n", line, err, err == io.EOF)
	var n int
	cnt, err := fmt.Scan(&n)
	fmt.Println(cnt, n, err)
	cnt, err = fmt.Sscanf("x=12 y=abc", "x=%d y=%s", &n, &line)
	fmt.Println(cnt, n, line, err)
	ws := bufio.NewScanner(strings.NewReader("alpha  beta\tgamma\n delta"))
	ws.Split(bufio.ScanWords)
	var got []string
	for ws.Scan() {
		got = append(got, ws.Text())
	}
	fmt.Println(got, len(os.Args) > 0)
	rs := bufio.NewScanner(strings.NewReader("héllo"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Printf("%q ", rs.Text())
	}
	fmt.Println()
	w2 := bufio.NewWriter(os.Stdout)
	defer w2.Flush()
	fmt.Fprintf(w2, "buffered %d\n", 42)
}
