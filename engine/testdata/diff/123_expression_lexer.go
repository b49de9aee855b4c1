package main

import (
	"fmt"
	"io"
	"strings"
	"unicode"
)

type token struct {
	kind string
	text string
}

// lex splits an arithmetic expression into tokens with a strings.Reader,
// peeking by reading a rune and unreading it.
func lex(src string) ([]token, error) {
	r := strings.NewReader(src)
	var toks []token
	for {
		ch, _, err := r.ReadRune()
		if err == io.EOF {
			return toks, nil
		}
		switch {
		case unicode.IsSpace(ch):
		case unicode.IsDigit(ch) || ch == '.':
			var sb strings.Builder
			sb.WriteRune(ch)
			for {
				c, _, err := r.ReadRune()
				if err != nil {
					break
				}
				if !unicode.IsDigit(c) && c != '.' {
					r.UnreadRune()
					break
				}
				sb.WriteRune(c)
			}
			toks = append(toks, token{"num", sb.String()})
		case unicode.IsLetter(ch):
			var sb strings.Builder
			sb.WriteRune(ch)
			for {
				c, _, err := r.ReadRune()
				if err != nil {
					break
				}
				if !unicode.IsLetter(c) && !unicode.IsDigit(c) {
					r.UnreadRune()
					break
				}
				sb.WriteRune(c)
			}
			toks = append(toks, token{"ident", sb.String()})
		case strings.ContainsRune("+-*/()^", ch):
			toks = append(toks, token{"op", string(ch)})
		default:
			pos := r.Size() - int64(r.Len()) - 1
			return toks, fmt.Errorf("unexpected %q at byte %d", ch, pos)
		}
	}
}

func main() {
	for _, src := range []string{"3 + 4.5*x1", "(α + β) ^ 2", "price * 1.2 - tax", "10 % 3"} {
		toks, err := lex(src)
		fmt.Printf("%-18q", src)
		for _, t := range toks {
			fmt.Printf(" %s:%s", t.kind, t.text)
		}
		if err != nil {
			fmt.Print("  error: ", err)
		}
		fmt.Println()
	}
}
