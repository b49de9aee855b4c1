package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	lines := 0
	for sc.Scan() {
		lines++
	}
	fmt.Println("lines:", lines, "err:", sc.Err())

	r := bufio.NewReader(os.Stdin)
	s, err := r.ReadString('\n')
	fmt.Printf("%q %v %v\n", s, err, err == io.EOF)

	n, err := io.Copy(os.Stdout, os.Stdin)
	fmt.Println("copied", n, err)

	data, err := io.ReadAll(os.Stdin)
	fmt.Println(len(data), data == nil, err)

	var buf bytes.Buffer
	m, err := buf.ReadFrom(os.Stdin)
	fmt.Println(m, err)

	k, err := os.Stdin.Read(make([]byte, 8))
	fmt.Println(k, err)

	var name string
	if _, err := fmt.Scanln(&name); err != nil {
		fmt.Println("no input:", err)
		name = "anonymous"
	}
	fmt.Println("hello,", name)

	// A bytes.Buffer stands in for input in tests.
	in := bytes.NewBufferString("3\n4\n5\n")
	sum := 0
	sc = bufio.NewScanner(in)
	for sc.Scan() {
		var v int
		fmt.Sscan(sc.Text(), &v)
		sum += v
	}
	fmt.Println("sum:", sum, "left:", in.Len())

	w := bufio.NewWriter(os.Stdout)
	n, err = io.Copy(w, bytes.NewReader([]byte("through a bufio.Writer\n")))
	fmt.Fprintln(w, n, err)
	w.Flush()
	n, err = os.Stdout.ReadFrom(bytes.NewBufferString("ReadFrom on stdout\n"))
	fmt.Println(n, err)
}
