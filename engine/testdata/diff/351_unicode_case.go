package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	samples := []string{"straße", "ǅemal", "İstanbul", "ΣΊΣΥΦΟΣ", "ﬁne", "Ωmega", "hello, wörld", "日本語テキスト"}
	for _, s := range samples {
		fmt.Printf("%-16q up=%q low=%q title=%q runes=%d bytes=%d\n", s, strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s), utf8.RuneCountInString(s), len(s))
	}
	for _, r := range []rune{'a', 'Z', '5', ' ', '\t', '!', 'é', 'ß', 'Σ', 'ς', '٣', '€', '\u00a0', '_', '中', 0x10FFFF, -1} {
		fmt.Printf("%U L%t U%t l%t D%t N%t S%t P%t Sym%t G%t C%t %q %q %q\n", r,
			unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsDigit(r), unicode.IsNumber(r),
			unicode.IsSpace(r), unicode.IsPunct(r), unicode.IsSymbol(r), unicode.IsGraphic(r), unicode.IsControl(r),
			unicode.ToUpper(r), unicode.ToLower(r), unicode.SimpleFold(r))
	}
	fmt.Println(unicode.Is(unicode.Han, '中'), unicode.In('я', unicode.Cyrillic, unicode.Greek), unicode.Is(unicode.Latin, 'é'))
	fmt.Println(strings.EqualFold("STRASSE", "straße"), strings.EqualFold("Σ", "ς"), strings.EqualFold("K", "\u212a"))
	caps := strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, "it's a dog-eat-dog world, isn't it?")
	fmt.Println(caps)
	var b []byte
	for _, r := range "aé中🎉" {
		b = utf8.AppendRune(b, r)
		fmt.Print(utf8.RuneLen(r), " ")
	}
	fmt.Println(len(b), utf8.Valid(b), utf8.Valid(b[:len(b)-1]))
	for len(b) > 0 {
		r, size := utf8.DecodeLastRune(b)
		fmt.Printf("%c:%d ", r, size)
		b = b[:len(b)-size]
	}
	fmt.Println()
	fmt.Println(strings.ToValidUTF8("a\xffb\xc0\xafc", "?"), []byte("\u00e9"), string([]rune{0x48, 0x49}))
}
