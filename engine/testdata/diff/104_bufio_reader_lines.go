package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

func main() {
	input := "name=alice\r\nage=30\nemail=alice@example.com\nno newline at end"
	r := bufio.NewReader(strings.NewReader(input))
	for {
		line, err := r.ReadString('\n')
		if line != "" {
			key, value, ok := strings.Cut(strings.TrimRight(line, "\r\n"), "=")
			fmt.Printf("key=%q value=%q ok=%v\n", key, value, ok)
		}
		if errors.Is(err, io.EOF) {
			fmt.Println("done:", err)
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			return
		}
	}

	r2 := bufio.NewReaderSize(strings.NewReader("αβγ line one\nline two is longer than sixteen bytes\n"), 16)
	fmt.Println("size:", r2.Size())
	peek, err := r2.Peek(5)
	fmt.Printf("peek %q %v\n", peek, err)
	ch, size, _ := r2.ReadRune()
	fmt.Println(string(ch), size, r2.Buffered())
	fmt.Println("unread rune:", r2.UnreadRune())
	fmt.Println("unread rune again:", r2.UnreadRune())
	for {
		line, isPrefix, err := r2.ReadLine()
		if err != nil {
			fmt.Println("ReadLine:", err)
			break
		}
		fmt.Printf("%q prefix=%v\n", line, isPrefix)
	}
	_, err = r2.Peek(-1)
	fmt.Println(err)

	r3 := bufio.NewReader(strings.NewReader("a,b,,c"))
	for {
		tok, err := r3.ReadBytes(',')
		fmt.Printf("%q %v\n", tok, err)
		if err != nil {
			break
		}
	}
	r4 := bufio.NewReader(strings.NewReader("xyz"))
	b, _ := r4.ReadByte()
	fmt.Printf("%c %v\n", b, r4.UnreadByte())
	n, err := r4.Discard(2)
	fmt.Println(n, err)
	n, err = r4.Discard(5)
	fmt.Println(n, err)
	fmt.Println(r4.UnreadByte(), r4.UnreadRune())
}
