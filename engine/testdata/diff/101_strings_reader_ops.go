package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

func main() {
	r := strings.NewReader("héllo, wörld")
	fmt.Println("len", r.Len(), "size", r.Size())

	buf := make([]byte, 4)
	for {
		n, err := r.Read(buf)
		fmt.Printf("read %d %q err=%v\n", n, buf[:n], err)
		if err == io.EOF {
			break
		}
	}
	fmt.Println("len after", r.Len())

	if _, err := r.Seek(0, io.SeekStart); err != nil {
		fmt.Println(err)
	}
	ch, size, err := r.ReadRune()
	fmt.Println(string(ch), size, err)
	ch, size, err = r.ReadRune()
	fmt.Println(string(ch), size, err)
	fmt.Println("unread:", r.UnreadRune())
	fmt.Println("unread again:", r.UnreadRune())
	b, _ := r.ReadByte()
	fmt.Printf("byte %q\n", b)
	fmt.Println("unread byte:", r.UnreadByte())

	pos, err := r.Seek(-3, io.SeekEnd)
	fmt.Println("pos", pos, err)
	rest, _ := io.ReadAll(r)
	fmt.Printf("rest %q\n", rest)

	_, err = r.Seek(-100, io.SeekCurrent)
	fmt.Println("negative:", err)
	_, err = r.Seek(0, 7)
	fmt.Println("whence:", err)

	at := make([]byte, 5)
	n, err := r.ReadAt(at, 8)
	fmt.Printf("ReadAt %d %q %v\n", n, at[:n], err)
	n, err = r.ReadAt(at, 100)
	fmt.Println("ReadAt past end:", n, err, errors.Is(err, io.EOF))
	_, err = r.ReadAt(at, -1)
	fmt.Println(err)

	r.Reset("fresh")
	fmt.Println("after reset:", r.Len(), r.UnreadByte())
	var sb strings.Builder
	wn, err := r.WriteTo(&sb)
	fmt.Println(wn, err, sb.String(), r.Len())

	var zero strings.Reader
	_, err = zero.ReadByte()
	fmt.Println("zero reader:", err)
}
