package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type TokenKind int

const (
	NUM TokenKind = iota
	OP
	LPAREN
	RPAREN
)

type Token struct {
	Kind TokenKind
	Text string
	Pos  int
}

type SyntaxError struct {
	Pos int
	Msg string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("syntax error at %d: %s", e.Pos, e.Msg) }

var ErrDivZero = errors.New("division by zero")

func tokenize(s string) ([]Token, error) {
	var toks []Token
	for i := 0; i < len(s); {
		c := rune(s[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c) || c == '.':
			j := i
			for j < len(s) && (unicode.IsDigit(rune(s[j])) || s[j] == '.') {
				j++
			}
			toks = append(toks, Token{NUM, s[i:j], i})
			i = j
		case strings.ContainsRune("+-*/%^", c):
			toks = append(toks, Token{OP, string(c), i})
			i++
		case c == '(':
			toks = append(toks, Token{LPAREN, "(", i})
			i++
		case c == ')':
			toks = append(toks, Token{RPAREN, ")", i})
			i++
		default:
			return nil, &SyntaxError{i, fmt.Sprintf("unexpected %q", c)}
		}
	}
	return toks, nil
}

type parser struct {
	toks []Token
	pos  int
}

func (p *parser) peek() *Token {
	if p.pos < len(p.toks) {
		return &p.toks[p.pos]
	}
	return nil
}

func (p *parser) expr() (float64, error) {
	v, err := p.term()
	for err == nil {
		t := p.peek()
		if t == nil || t.Kind != OP || (t.Text != "+" && t.Text != "-") {
			break
		}
		p.pos++
		var r float64
		r, err = p.term()
		if t.Text == "+" {
			v += r
		} else {
			v -= r
		}
	}
	return v, err
}

func (p *parser) term() (float64, error) {
	v, err := p.factor()
	for err == nil {
		t := p.peek()
		if t == nil || t.Kind != OP || !strings.Contains("*/%", t.Text) {
			break
		}
		p.pos++
		var r float64
		if r, err = p.factor(); err != nil {
			break
		}
		switch t.Text {
		case "*":
			v *= r
		case "/":
			if r == 0 {
				return 0, fmt.Errorf("at %d: %w", t.Pos, ErrDivZero)
			}
			v /= r
		case "%":
			v = float64(int(v) % int(r))
		}
	}
	return v, err
}

func (p *parser) factor() (float64, error) {
	t := p.peek()
	if t == nil {
		return 0, &SyntaxError{-1, "unexpected end"}
	}
	p.pos++
	switch {
	case t.Kind == NUM:
		f, err := strconv.ParseFloat(t.Text, 64)
		if err != nil {
			return 0, fmt.Errorf("bad number: %w", err)
		}
		return f, nil
	case t.Kind == OP && t.Text == "-":
		v, err := p.factor()
		return -v, err
	case t.Kind == LPAREN:
		v, err := p.expr()
		if err != nil {
			return 0, err
		}
		if n := p.peek(); n == nil || n.Kind != RPAREN {
			return 0, &SyntaxError{t.Pos, "unclosed paren"}
		}
		p.pos++
		return v, nil
	}
	return 0, &SyntaxError{t.Pos, "unexpected " + t.Text}
}

func eval(s string) (float64, error) {
	toks, err := tokenize(s)
	if err != nil {
		return 0, err
	}
	p := &parser{toks: toks}
	v, err := p.expr()
	if err == nil && p.pos < len(toks) {
		err = &SyntaxError{toks[p.pos].Pos, "trailing " + toks[p.pos].Text}
	}
	return v, err
}

func main() {
	for _, s := range []string{"1 + 2 * 3", "(1 + 2) * 3", "-4 / (2 - 2)", "2 * (3 + 4", "10 % 4 + 0.5", "3 $ 4", "1.2.3 + 1", "", "((2))*-3", "1 2"} {
		v, err := eval(s)
		var se *SyntaxError
		switch {
		case errors.As(err, &se):
			fmt.Printf("%-14q syntax (pos %d): %v\n", s, se.Pos, err)
		case errors.Is(err, ErrDivZero):
			fmt.Printf("%-14q math: %v\n", s, err)
		case err != nil:
			fmt.Printf("%-14q other: %v\n", s, err)
		default:
			fmt.Printf("%-14q = %g\n", s, v)
		}
	}
}
