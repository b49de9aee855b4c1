package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界! 🎉"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	for i, r := range s {
		fmt.Printf("%2d %q %U %d\n", i, r, r, utf8.RuneLen(r))
	}
	fmt.Println(s[1], s[1:3], s[:2])
	bad := "a\xffb\xe4\xb8c"
	for i, r := range bad {
		fmt.Println(i, r, r == utf8.RuneError, string(r))
	}
	fmt.Println(utf8.ValidString(s), utf8.ValidString(bad))
	fmt.Printf("%q %+q %x % x\n", bad, s, "世", "世")
	b := []byte("€uro")
	r, size := utf8.DecodeRune(b)
	fmt.Println(r, size, string(r))
	r, size = utf8.DecodeLastRuneInString("Go🐹")
	fmt.Println(r, size)
	buf := utf8.AppendRune(nil, 'ß')
	fmt.Println(buf, utf8.RuneLen('ß'), utf8.FullRune(buf[:1]))
}
