package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
)

// countingWriter counts bytes and lines written through it.
type countingWriter struct {
	w     io.Writer
	bytes int
	lines int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.bytes += len(p)
	c.lines += bytes.Count(p, []byte("\n"))
	return c.w.Write(p)
}

// slowReader returns at most 3 bytes per Read.
type slowReader struct {
	data []byte
	pos  int
}

func (s *slowReader) Read(p []byte) (int, error) {
	if s.pos >= len(s.data) {
		return 0, io.EOF
	}
	n := copy(p[:min(len(p), 3)], s.data[s.pos:])
	s.pos += n
	return n, nil
}

type failingWriter struct{ after int }

var errDiskFull = errors.New("disk full")

func (f *failingWriter) Write(p []byte) (int, error) {
	if f.after <= 0 {
		return 0, errDiskFull
	}
	n := min(len(p), f.after)
	f.after -= n
	if n < len(p) {
		return n, errDiskFull
	}
	return n, nil
}

type upper struct{ r io.Reader }

func (u upper) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	for i := range p[:n] {
		p[i] = byte(unicode.ToUpper(rune(p[i])))
	}
	return n, err
}

func main() {
	cw := &countingWriter{w: os.Stdout}
	fmt.Fprintf(cw, "hello %s\n", "world")
	fmt.Fprintln(cw, "second", "line")
	io.WriteString(cw, "third\n")
	fmt.Println(cw.bytes, cw.lines)
	sr := &slowReader{data: []byte("line one\nline two\nlast")}
	sc := bufio.NewScanner(sr)
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	n, err := io.Copy(cw, upper{strings.NewReader("shout this\n")})
	fmt.Println(n, err, cw.lines)
	fw := &failingWriter{after: 5}
	bw := bufio.NewWriterSize(fw, 4)
	_, err = fmt.Fprint(bw, "abcdefghij")
	fmt.Println(err, errors.Is(err, errDiskFull))
	fmt.Println(bw.Flush())
	data, err := io.ReadAll(io.LimitReader(&slowReader{data: []byte("0123456789")}, 7))
	fmt.Printf("%s %v\n", data, err)
	var buf bytes.Buffer
	tee := io.TeeReader(strings.NewReader("tee data"), &buf)
	b2, _ := io.ReadAll(tee)
	fmt.Println(string(b2), buf.String())
	mr := io.MultiReader(strings.NewReader("ab"), &slowReader{data: []byte("cdefg")})
	all, _ := io.ReadAll(mr)
	fmt.Println(string(all))
	var sb strings.Builder
	mw := io.MultiWriter(&sb, cw)
	fmt.Fprintln(mw, "to both")
	fmt.Print(sb.String())
	rd := bufio.NewReader(&slowReader{data: []byte("k1=v1;k2=v2;")})
	for {
		tok, err := rd.ReadString(';')
		if err != nil {
			fmt.Printf("end %q %v\n", tok, err)
			break
		}
		fmt.Print(strings.TrimSuffix(tok, ";"), " ")
	}
	_, err = io.ReadFull(&slowReader{data: []byte("ab")}, make([]byte, 4))
	fmt.Println(err, errors.Is(err, io.ErrUnexpectedEOF))
}
