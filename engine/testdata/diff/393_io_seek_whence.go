package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type wa struct{ b []byte }

func (w *wa) WriteAt(p []byte, off int64) (int, error) {
	for int64(len(w.b)) < off+int64(len(p)) {
		w.b = append(w.b, '.')
	}
	copy(w.b[off:], p)
	return len(p), nil
}

func main() {
	sr := io.NewSectionReader(strings.NewReader("hello, world"), 2, 6)
	for _, c := range [][2]int64{{-1, io.SeekEnd}, {1, io.SeekCurrent}, {0, 3}, {-9, io.SeekEnd}, {2, io.SeekStart}} {
		n, err := sr.Seek(c[0], int(c[1]))
		fmt.Println(n, err)
	}
	w := &wa{}
	ow := io.NewOffsetWriter(w, 3)
	for _, c := range [][2]int64{{2, io.SeekStart}, {1, io.SeekCurrent}, {0, io.SeekEnd}, {-5, io.SeekCurrent}} {
		n, err := ow.Seek(c[0], int(c[1]))
		fmt.Println(n, err)
	}
	ow.Write([]byte("xy"))
	fmt.Fprintf(os.Stdout, "%q\n", w.b)
}
