package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

// rot13Reader is the Tour of Go exercise: it decodes what it reads.
type rot13Reader struct {
	r io.Reader
}

func rot13(b byte) byte {
	switch {
	case b >= 'a' && b <= 'z':
		return 'a' + (b-'a'+13)%26
	case b >= 'A' && b <= 'Z':
		return 'A' + (b-'A'+13)%26
	}
	return b
}

func (rr rot13Reader) Read(p []byte) (int, error) {
	n, err := rr.r.Read(p)
	for i := 0; i < n; i++ {
		p[i] = rot13(p[i])
	}
	return n, err
}

// MyReader emits an infinite stream of 'A'.
type MyReader struct{}

func (MyReader) Read(b []byte) (int, error) {
	for i := range b {
		b[i] = 'A'
	}
	return len(b), nil
}

func main() {
	s := strings.NewReader("Lbh penpxrq gur pbqr!\n")
	r := rot13Reader{s}
	n, err := io.Copy(os.Stdout, &r)
	fmt.Println(n, err)

	b := make([]byte, 8)
	k, err := MyReader{}.Read(b)
	fmt.Println(k, err, string(b))
	lim, _ := io.ReadAll(io.LimitReader(MyReader{}, 12))
	fmt.Println(string(lim))

	var buf bytes.Buffer
	tee := io.TeeReader(rot13Reader{strings.NewReader("Uryyb, Tbcure")}, &buf)
	out, _ := io.ReadAll(tee)
	fmt.Println(string(out), buf.Len())

	double := rot13Reader{rot13Reader{strings.NewReader("round trip")}}
	out, _ = io.ReadAll(double)
	fmt.Println(string(out))
}
