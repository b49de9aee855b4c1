package main

import (
	"errors"
	"fmt"
	"math"
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
	IDENT
)

func (k TokenKind) String() string {
	return [...]string{"NUM", "OP", "LPAREN", "RPAREN", "IDENT"}[k]
}

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
		case unicode.IsLetter(c):
			j := i
			for j < len(s) && unicode.IsLetter(rune(s[j])) {
				j++
			}
			toks = append(toks, Token{IDENT, s[i:j], i})
			i = j
		case strings.ContainsRune("+-*/^%", c):
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
	vars map[string]float64
}

func (p *parser) peek() *Token {
	if p.pos < len(p.toks) {
		return &p.toks[p.pos]
	}
	return nil
}

func (p *parser) expr() (float64, error) {
	left, err := p.term()
	for err == nil {
		t := p.peek()
		if t == nil || t.Kind != OP || (t.Text != "+" && t.Text != "-") {
			break
		}
		p.pos++
		var right float64
		if right, err = p.term(); err == nil {
			if t.Text == "+" {
				left += right
			} else {
				left -= right
			}
		}
	}
	return left, err
}

func (p *parser) term() (float64, error) {
	left, err := p.factor()
	for err == nil {
		t := p.peek()
		if t == nil || t.Kind != OP || !strings.Contains("*/%", t.Text) {
			break
		}
		p.pos++
		var right float64
		if right, err = p.factor(); err != nil {
			break
		}
		switch t.Text {
		case "*":
			left *= right
		case "/":
			if right == 0 {
				return 0, fmt.Errorf("at %d: %w", t.Pos, ErrDivZero)
			}
			left /= right
		case "%":
			left = math.Mod(left, right)
		}
	}
	return left, err
}

func (p *parser) factor() (float64, error) {
	t := p.peek()
	if t == nil {
		return 0, &SyntaxError{-1, "unexpected end"}
	}
	p.pos++
	switch t.Kind {
	case NUM:
		return strconv.ParseFloat(t.Text, 64)
	case IDENT:
		v, ok := p.vars[t.Text]
		if !ok {
			return 0, &SyntaxError{t.Pos, "unknown variable " + t.Text}
		}
		return v, nil
	case LPAREN:
		v, err := p.expr()
		if err != nil {
			return 0, err
		}
		if n := p.peek(); n == nil || n.Kind != RPAREN {
			return 0, &SyntaxError{t.Pos, "unclosed paren"}
		}
		p.pos++
		return v, nil
	case OP:
		if t.Text == "-" {
			v, err := p.factor()
			return -v, err
		}
	}
	return 0, &SyntaxError{t.Pos, "unexpected " + t.Kind.String()}
}

func eval(s string) (float64, error) {
	toks, err := tokenize(s)
	if err != nil {
		return 0, err
	}
	p := &parser{toks: toks, vars: map[string]float64{"pi": math.Pi, "x": 4}}
	v, err := p.expr()
	if err == nil && p.pos < len(toks) {
		err = &SyntaxError{toks[p.pos].Pos, "trailing " + toks[p.pos].Text}
	}
	return v, err
}

func main() {
	for _, s := range []string{"1 + 2 * 3", "(1 + 2) * 3", "-x * -2", "10 / (5 - 5)", "2 * pi", "7 % 3 + 0.5", "3 $ 4", "(1 + 2", "y + 1", "1.2.3", "4 4", ""} {
		v, err := eval(s)
		var se *SyntaxError
		switch {
		case errors.Is(err, ErrDivZero):
			fmt.Printf("%-12q -> div by zero (%v)\n", s, err)
		case errors.As(err, &se):
			fmt.Printf("%-12q -> syntax pos=%d: %s\n", s, se.Pos, se.Msg)
		case err != nil:
			fmt.Printf("%-12q -> error %v\n", s, err)
		default:
			fmt.Printf("%-12q = %.4g\n", s, v)
		}
	}
}
