package main

import (
	"fmt"
	"strconv"
)

type ParseError struct {
	Line int
	Msg  string
}

func (e ParseError) Error() string { return "line " + strconv.Itoa(e.Line) + ": " + e.Msg }

// A recursive-descent parser that panics internally and recovers at the API
// boundary, like encoding/json and text/template do.
type parser struct {
	toks []string
	pos  int
}

func (p *parser) fail(msg string) { panic(ParseError{p.pos + 1, msg}) }

func (p *parser) expr() int {
	v := p.term()
	for p.pos < len(p.toks) && (p.toks[p.pos] == "+" || p.toks[p.pos] == "-") {
		op := p.toks[p.pos]
		p.pos++
		if op == "+" {
			v += p.term()
		} else {
			v -= p.term()
		}
	}
	return v
}

func (p *parser) term() int {
	if p.pos >= len(p.toks) {
		p.fail("unexpected end")
	}
	n, err := strconv.Atoi(p.toks[p.pos])
	if err != nil {
		p.fail(fmt.Sprintf("bad number %q", p.toks[p.pos]))
	}
	p.pos++
	return n
}

func Eval(toks ...string) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			pe, ok := r.(ParseError)
			if !ok {
				panic(r)
			}
			err = pe
		}
	}()
	p := &parser{toks: toks}
	return p.expr(), nil
}

func main() {
	fmt.Println(Eval("1", "+", "2", "-", "10"))
	fmt.Println(Eval("1", "+"))
	fmt.Println(Eval("4", "-", "x"))
	fmt.Println(recover())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		defer func() { fmt.Println("recover in nested func:", func() any { return recover() }()) }()
		panic("outer")
	}()
	fmt.Println("still running")
}
