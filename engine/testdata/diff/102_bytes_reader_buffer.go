package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

func main() {
	data := []byte("alpha\nbeta\ngamma\n")
	r := bytes.NewReader(data)
	fmt.Println(r.Len(), r.Size())
	line := make([]byte, 6)
	n, err := io.ReadFull(r, line)
	fmt.Printf("%d %q %v\n", n, line, err)
	if err := r.UnreadByte(); err != nil {
		fmt.Println(err)
	}
	c, _ := r.ReadByte()
	fmt.Printf("%q\n", c)
	fmt.Println(r.UnreadRune())

	var buf bytes.Buffer
	m, err := buf.ReadFrom(r)
	fmt.Println("ReadFrom", m, err, buf.Len())
	p, err := buf.Peek(4)
	fmt.Printf("peek %q %v\n", p, err)
	_, err = buf.Peek(100)
	fmt.Println("peek too far:", err)

	w, err := buf.WriteTo(upperWriter{os.Stdout})
	fmt.Println("WriteTo", w, err, buf.Len())

	buf.WriteString("one two three")
	var sb strings.Builder
	k, err := io.Copy(&sb, &buf)
	fmt.Println(k, err, sb.String())

	r.Reset([]byte("xyz"))
	var out bytes.Buffer
	k, err = r.WriteTo(&out)
	fmt.Println(k, err, out.String())
	_, err = r.Seek(-1, io.SeekStart)
	fmt.Println(err)
	_, _, err = r.ReadRune()
	fmt.Println(err == io.EOF)

	rep := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	rep.WriteString(os.Stdout, "<b>bold</b>\n")
}
