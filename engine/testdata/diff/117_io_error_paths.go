package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

var errDisk = errors.New("disk on fire")

// flakyReader returns its data, then an error instead of EOF.
type flakyReader struct {
	data string
	err  error
}

func (f *flakyReader) Read(p []byte) (int, error) {
	if f.data == "" {
		return 0, f.err
	}
	n := copy(p, f.data)
	f.data = f.data[n:]
	return n, nil
}

// shortWriter accepts at most max bytes per call, without complaint.
type shortWriter struct{ max int }

func (s shortWriter) Write(p []byte) (int, error) { return min(len(p), s.max), nil }

// failWriter fails after n bytes.
type failWriter struct{ n int }

func (f *failWriter) Write(p []byte) (int, error) {
	if f.n <= 0 {
		return 0, errDisk
	}
	k := min(len(p), f.n)
	f.n -= k
	if k < len(p) {
		return k, errDisk
	}
	return k, nil
}

func main() {
	n, err := io.Copy(io.Discard, &flakyReader{"some data", errDisk})
	fmt.Println(n, err, errors.Is(err, errDisk))
	b, err := io.ReadAll(&flakyReader{"partial", errDisk})
	fmt.Printf("%q %v\n", b, err)

	sc := bufio.NewScanner(&flakyReader{"one\ntwo\nthr", errDisk})
	for sc.Scan() {
		fmt.Println("line:", sc.Text())
	}
	fmt.Println("scan err:", sc.Err())

	n, err = io.Copy(shortWriter{3}, strings.NewReader("abcdef"))
	fmt.Println(n, err, err == io.ErrShortWrite)
	k, err := io.WriteString(shortWriter{2}, "xyz")
	fmt.Println(k, err)

	fw := &failWriter{n: 5}
	w := bufio.NewWriterSize(fw, 4)
	k, err = w.WriteString("hello world")
	fmt.Println(k, err)
	fmt.Println("sticky:", w.Flush(), w.WriteByte('x'))
	k, err = w.Write([]byte("more"))
	fmt.Println(k, err, w.Buffered())

	lr := &io.LimitedReader{R: strings.NewReader("0123456789"), N: 4}
	got, _ := io.ReadAll(lr)
	fmt.Println(string(got), lr.N)
	lr.N = 3
	got, _ = io.ReadAll(lr)
	fmt.Println(string(got), lr.N)

	mr := io.MultiReader()
	k2, err := mr.Read(make([]byte, 4))
	fmt.Println(k2, err)

	rd := bufio.NewReader(&flakyReader{"ab", errDisk})
	s, err := rd.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	s, err = rd.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)

	pr, pw := io.Pipe()
	pw.CloseWithError(errDisk)
	_, err = pr.Read(make([]byte, 1))
	fmt.Println("pipe:", err)
	pr.CloseWithError(nil)
	_, err = pw.Write([]byte("x"))
	fmt.Println("pipe write:", err)
}
