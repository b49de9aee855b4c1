package main

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

func wordWrap(text string, width int) []string {
	var lines []string
	var cur strings.Builder
	for _, w := range strings.Fields(text) {
		if cur.Len() > 0 && utf8.RuneCountInString(cur.String())+1+utf8.RuneCountInString(w) > width {
			lines = append(lines, cur.String())
			cur.Reset()
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(w)
	}
	if cur.Len() > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}

func rle(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		fmt.Fprintf(&b, "%d%c", j-i, rs[i])
		i = j
	}
	return b.String()
}

func caesar(s string, k int) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(k)+26)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(k)+26)%26
		}
		return r
	}, s)
}

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			rs = append(rs, r)
		}
	}
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func anagramGroups(words []string) [][]string {
	groups := map[string][]string{}
	for _, w := range words {
		rs := []rune(strings.ToLower(w))
		sort.Slice(rs, func(i, j int) bool { return rs[i] < rs[j] })
		groups[string(rs)] = append(groups[string(rs)], w)
	}
	var out [][]string
	for _, g := range groups {
		out = append(out, g)
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

func main() {
	for _, l := range wordWrap("The quick brown fox jumps over the lazy dog near the riverbank ünïcödé", 16) {
		fmt.Printf("|%-16s|\n", l)
	}
	fmt.Println(rle("aaabccddddé"), rle(""), caesar("Hello, World!", 3), caesar(caesar("Zebra", -5), 5))
	for _, s := range []string{"A man, a plan, a canal: Panama", "héh", "nope"} {
		fmt.Println(isPalindrome(s))
	}
	fmt.Println(anagramGroups(strings.Fields("listen silent enlist google gooegl cat act tac")))
	counts := map[string]int{}
	for _, r := range "Hello, Wörld 123 ⌘!" {
		switch {
		case unicode.IsUpper(r):
			counts["upper"]++
		case unicode.IsLower(r):
			counts["lower"]++
		case unicode.IsDigit(r):
			counts["digit"]++
		case unicode.IsSpace(r):
			counts["space"]++
		case unicode.IsPunct(r):
			counts["punct"]++
		case unicode.IsSymbol(r):
			counts["symbol"]++
		}
	}
	fmt.Println(counts)
	fmt.Println(utf16.Encode([]rune("a😀")), string(utf16.Decode([]uint16{0x61, 0xd83d, 0xde00})))
	fmt.Println(unicode.SimpleFold('A'), unicode.SimpleFold('k'), unicode.In('λ', unicode.Greek), unicode.Is(unicode.Han, '世'))
	fmt.Println(bytes.Title([]byte("x")), bytes.EqualFold([]byte("Go"), []byte("GO")), string(bytes.ToUpper([]byte("abc"))))
	fmt.Println(bytes.Fields([]byte(" a b ")), bytes.TrimSpace([]byte("  x  ")), string(bytes.Repeat([]byte("-"), 5)))
	fmt.Println(strings.IndexFunc("abc1", unicode.IsDigit), strings.LastIndexFunc("1abc", unicode.IsDigit), strings.ContainsFunc("abc", unicode.IsUpper))
	b := []byte("héllo")
	fmt.Println(utf8.Valid(b), utf8.RuneCount(b), utf8.FullRune(b[:2]), utf8.RuneStart(b[2]))
}
