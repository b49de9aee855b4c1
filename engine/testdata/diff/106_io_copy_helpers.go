package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// countingWriter counts the bytes and the calls that reach it.
type countingWriter struct {
	n, calls int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.n += len(p)
	c.calls++
	return len(p), nil
}

// slowReader returns at most 3 bytes per Read.
type slowReader struct{ s string }

func (r *slowReader) Read(p []byte) (int, error) {
	if r.s == "" {
		return 0, io.EOF
	}
	n := copy(p[:min(len(p), 3)], r.s)
	r.s = r.s[n:]
	return n, nil
}

func main() {
	var buf bytes.Buffer
	n, err := io.Copy(&buf, strings.NewReader("copied into a buffer"))
	fmt.Println(n, err, buf.String())

	cw := &countingWriter{}
	n, err = io.Copy(cw, &slowReader{"abcdefghij"})
	fmt.Println(n, err, cw.n, cw.calls)

	n, err = io.CopyN(os.Stdout, strings.NewReader("first ten chars only\n"), 10)
	fmt.Println()
	fmt.Println(n, err)
	n, err = io.CopyN(io.Discard, strings.NewReader("short"), 10)
	fmt.Println(n, err)

	data, err := io.ReadAll(&slowReader{"read all of this"})
	fmt.Printf("%q %v\n", data, err)

	head := make([]byte, 4)
	k, err := io.ReadFull(strings.NewReader("ab"), head)
	fmt.Println(k, err, errors.Is(err, io.ErrUnexpectedEOF))
	k, err = io.ReadFull(strings.NewReader(""), head)
	fmt.Println(k, err)
	k, err = io.ReadAtLeast(&slowReader{"0123456789"}, head, 4)
	fmt.Println(k, err, string(head))
	k, err = io.ReadAtLeast(strings.NewReader("x"), head, 8)
	fmt.Println(k, err)

	lr := io.LimitReader(strings.NewReader("limited reader text"), 7)
	data, _ = io.ReadAll(lr)
	fmt.Printf("%q\n", data)

	mr := io.MultiReader(strings.NewReader("one "), &slowReader{"two "}, strings.NewReader("three"))
	data, _ = io.ReadAll(mr)
	fmt.Printf("%q\n", data)

	var a, b strings.Builder
	mw := io.MultiWriter(&a, &b)
	io.WriteString(mw, "to both")
	fmt.Fprintf(mw, " %d", 42)
	fmt.Println(a.String(), "|", b.String())

	var log bytes.Buffer
	tr := io.TeeReader(strings.NewReader("teed data"), &log)
	data, _ = io.ReadAll(tr)
	fmt.Println(string(data), "/", log.String())

	rc := io.NopCloser(strings.NewReader("x"))
	fmt.Println(rc.Close())

	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	data, _ = io.ReadAll(sr)
	fmt.Printf("section %q size %d\n", data, sr.Size())
	pos, err := sr.Seek(1, io.SeekStart)
	fmt.Println(pos, err)
	part := make([]byte, 10)
	k, err = sr.ReadAt(part, 3)
	fmt.Printf("%d %q %v\n", k, part[:k], err)
	_, err = sr.Seek(-1, io.SeekStart)
	fmt.Println(err)

	k2, err := io.WriteString(cw, "more")
	fmt.Println(k2, err, cw.n)

	var dst bytes.Buffer
	for _, limit := range []int64{-5, 0, 2, 3, 4} {
		n, err := io.CopyN(&dst, strings.NewReader("abc"), limit)
		fmt.Print(n, " ", err, "; ")
	}
	fmt.Println(dst.String())
	k, err = io.ReadAtLeast(strings.NewReader("abc"), head, -1)
	fmt.Println(k, err)
	n, err = io.CopyBuffer(&dst, &slowReader{"xyz"}, make([]byte, 2))
	fmt.Println(n, err, dst.String())
}
