package main

import (
	"fmt"
	"unicode"
)

type Class struct{ letters, digits, spaces, upper, punct, other int }

func classify(s string) Class {
	var c Class
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			c.letters++
			if unicode.IsUpper(r) {
				c.upper++
			}
		case unicode.IsDigit(r):
			c.digits++
		case unicode.IsSpace(r):
			c.spaces++
		case unicode.IsPunct(r):
			c.punct++
		default:
			c.other++
		}
	}
	return c
}

func main() {
	fmt.Printf("%+v\n", classify("Hello, Wörld! 123 Ωμέγα\t€5"))
	for _, r := range []rune{'a', 'Z', 'é', 'ß', '9', '٣', ' ', '\n', '!', '€', 'Σ', '中'} {
		fmt.Printf("%q L%t U%t l%t D%t N%t S%t P%t Sym%t -> %q %q %q\n", r,
			unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsDigit(r),
			unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsPunct(r), unicode.IsSymbol(r),
			unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r))
	}
	fmt.Println(unicode.Is(unicode.Han, '中'), unicode.In('λ', unicode.Greek, unicode.Latin), unicode.IsPrint('\t'))
	fmt.Println(unicode.SimpleFold('A'), unicode.SimpleFold('k'), unicode.MaxRune, string(unicode.ReplacementChar))
}
