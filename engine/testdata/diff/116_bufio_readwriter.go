package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
)

func main() {
	in := strings.NewReader("ünïcode tëxt, 123 numbers!")
	var out bytes.Buffer
	rw := bufio.NewReadWriter(bufio.NewReader(in), bufio.NewWriter(&out))

	letters, digits, others := 0, 0, 0
	for {
		r, size, err := rw.ReadRune()
		if err == io.EOF {
			break
		}
		switch {
		case unicode.IsLetter(r):
			letters++
			rw.WriteRune(unicode.ToUpper(r))
		case unicode.IsDigit(r):
			digits++
			rw.WriteString("<" + strconv.Itoa(size) + ">")
		default:
			others++
			rw.WriteByte('_')
		}
	}
	fmt.Println(letters, digits, others, "buffered:", rw.Writer.Buffered())
	rw.Flush()
	fmt.Println(out.String())

	w := bufio.NewWriter(&out)
	b := w.AvailableBuffer()
	b = strconv.AppendInt(b, -42, 10)
	b = append(b, ' ')
	b = strconv.AppendBool(b, true)
	w.Write(b)
	w.Flush()
	fmt.Println(out.String())

	r := bufio.NewReader(strings.NewReader("line one\nline two\n"))
	n, err := r.WriteTo(&out)
	fmt.Println(n, err)
	fmt.Printf("%q\n", out.String())

	br := bufio.NewReaderSize(strings.NewReader("0123456789abcdefghijklmnop"), 16)
	p, err := br.Peek(20)
	fmt.Printf("%q %v\n", p, err)
	sl, err := br.ReadSlice('z')
	fmt.Printf("%q %v\n", sl, err)
	sl, err = br.ReadSlice('z')
	fmt.Printf("%q %v\n", sl, err)

	same := bufio.NewReader(br)
	fmt.Println(same == br, bufio.NewReaderSize(br, 64) == br)
	bw := bufio.NewWriter(&out)
	fmt.Println(bufio.NewWriter(bw) == bw, bufio.NewWriterSize(bw, 1<<20) == bw)

	var zw bufio.Writer
	var sb strings.Builder
	zw.Reset(&sb)
	fmt.Fprint(&zw, "zero Writer after Reset, size ", zw.Size())
	zw.Flush()
	fmt.Println(sb.String())
	var zr bufio.Reader
	zr.Reset(strings.NewReader("zero Reader\n"))
	line, err := zr.ReadString('\n')
	fmt.Printf("%q %v %d\n", line, err, zr.Size())
}
