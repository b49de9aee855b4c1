package main

import (
	"fmt"
	"strings"
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
		if r >= 'a' && r <= 'z' || r > 127 {
			clean = append(clean, r)
		}
	}
	for i := range len(clean) / 2 {
		if clean[i] != clean[len(clean)-1-i] {
			return false
		}
	}
	return true
}

func main() {
	words := []string{"stressed", "Gopher", "日本語", "añejo", ""}
	for _, w := range words {
		fmt.Printf("%q -> %q\n", w, reverse(w))
	}
	for _, p := range []string{"A man, a plan, a canal: Panama", "hello", "Ésé"} {
		fmt.Println(p, isPalindrome(p))
	}
	rs := []rune("naïve")
	fmt.Println(rs, len(rs), string(rs[2]), string(rs[1:3]))
	bs := []byte("naïve")
	fmt.Println(bs, len(bs), string(bs[2:4]))
	fmt.Println(string([]rune{72, 105, 0x263A}), string([]byte{71, 111}))
	var r rune = 'Z'
	r += 2
	fmt.Println(r, string(r), 'a'-'A', string(rune('a'-32)))
	fmt.Printf("%c %c %v %T\n", 0x1F44D, 'x', 'x', 'x')
}
