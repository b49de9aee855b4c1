package main

import (
	"bytes"
	"fmt"
	"io"
)

// A CSV-ish line protocol encoder and decoder over bytes.Buffer.
type Record struct {
	Name string
	Qty  int
}

func encode(recs []Record) *bytes.Buffer {
	var buf bytes.Buffer
	for _, r := range recs {
		fmt.Fprintf(&buf, "%s;%d\n", r.Name, r.Qty)
	}
	return &buf
}

func main() {
	buf := encode([]Record{{"bolt", 100}, {"nut", 250}, {"gear", 3}})
	fmt.Println(buf.Len(), bytes.Count(buf.Bytes(), []byte("\n")))
	fmt.Print(buf.String())
	for {
		line, err := buf.ReadString('\n')
		if err == io.EOF {
			fmt.Println("EOF, remaining", buf.Len())
			break
		}
		name, qty, _ := bytes.Cut([]byte(line[:len(line)-1]), []byte(";"))
		fmt.Printf("%s=%s ", name, qty)
	}
	fmt.Println()
	var b bytes.Buffer
	b.WriteString("hello ")
	b.WriteByte('w')
	b.WriteRune('ö')
	b.Write([]byte("rld"))
	fmt.Println(b.String(), b.Len())
	p := make([]byte, 4)
	n, _ := b.Read(p)
	fmt.Println(n, string(p), b.String())
	b.Truncate(2)
	fmt.Printf("%q\n", b.String())
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Contains([]byte("seafood"), []byte("foo")))
	fmt.Println(bytes.Equal(nil, []byte{}), bytes.TrimSpace([]byte("  x  ")), bytes.ContainsRune([]byte("añb"), 'ñ'))
}
