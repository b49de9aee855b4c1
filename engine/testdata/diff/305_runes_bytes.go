package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	var clean []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			clean = append(clean, r)
		}
	}
	for i := 0; i < len(clean)/2; i++ {
		if clean[i] != clean[len(clean)-1-i] {
			return false
		}
	}
	return true
}

func main() {
	s := "Hello, 世界! 🎉"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	for i, r := range s {
		if r > 127 {
			fmt.Printf("%d:%c(%U,%d bytes) ", i, r, r, utf8.RuneLen(r))
		}
	}
	fmt.Println()
	fmt.Printf("% x\n", s[7:13])
	fmt.Printf("%q %+q %x %X\n", s, s, "hé", []byte("hé"))
	fmt.Println(reverse(s))
	bad := string([]byte{0x61, 0xff, 0xfe, 0x62})
	for i, r := range bad {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println(utf8.ValidString(bad), []rune(bad))
	fmt.Printf("%q\n", bad)
	for _, p := range []string{"A man, a plan, a canal: Panama", "Hello", "Was it a car or a cat I saw?", ""} {
		fmt.Printf("%-32q %v\n", p, isPalindrome(p))
	}
	rot13 := strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		case r == '!':
			return -1
		}
		return r
	}, "Hello, World!")
	fmt.Println(rot13)
	b := []byte("abc")
	b[0] = 'X'
	fmt.Println(string(b), b, string(rune(65)), string(rune(0x4e16)), string(rune(-1)))
	var r rune = 'é'
	var by byte = 'z'
	fmt.Println(r, by, r+1, by+1, string(r+1))
	fmt.Printf("%c %c %v %T %T\n", r, by, 'x', 'x', by)
	buf := make([]byte, 0, 8)
	buf = utf8.AppendRune(buf, '世')
	r2, size := utf8.DecodeRune(buf)
	fmt.Println(buf, r2, size, utf8.FullRune(buf[:2]))
	fmt.Println(strings.IndexRune(s, '界'), strings.IndexByte(s, '!'), strings.ContainsRune(s, '🎉'))
}
