package main

import "fmt"

type Token struct {
	Kind  rune
	Text  string
	Value int
}

func lex(src string) []Token {
	var toks []Token
	for _, r := range src {
		switch {
		case r == ' ':
		case r >= '0' && r <= '9':
			toks = append(toks, Token{Kind: 'n', Text: string(r), Value: int(r - '0')})
		default:
			toks = append(toks, Token{Kind: r, Text: string(r)})
		}
	}
	return toks
}

func main() {
	sep := ''
	quote := '\q'
	hex := 0x
	toks := lex("1 + 2")
	var total int
	for _, t := range toks {
		if t.Kind == 'n' {
			total += t.Value
		}
	}
	var label string = total
	fmt.Println(sep, quote, hex, label)
}
