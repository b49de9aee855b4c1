// This file holds compile errors and the rules gc follows to report them.

package compile

import (
	"fmt"
	"go/token"
	"slices"
	"strings"
)

// An Error is one compile error.
type Error struct {
	Filename string
	Line     int // 1-based; 0 if the error has no position (as from the linker)
	Col      int // 1-based byte column; 0 if unknown
	Msg      string
}

func (e Error) Error() string {
	switch {
	case e.Line == 0:
		return e.Msg
	case e.Col == 0:
		return fmt.Sprintf("%s:%d: %s", e.Filename, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s:%d:%d: %s", e.Filename, e.Line, e.Col, e.Msg)
}

// An ErrorList is what a failed compile reports, in the order gc prints it.
// When gc would give up, the last Error is "too many errors".
type ErrorList []Error

// Error prints the list as gc does, one error per line (no final newline).
func (l ErrorList) Error() string {
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// maxErrors is gc's limit before "too many errors".
const maxErrors = 10

// A reporter collects errors under gc's rules (cmd/compile/internal/base
// ErrorfAt): one syntax error per line; a non-syntax error is dropped when
// the previous one had the same line and message; the tenth error ends the
// compile with "too many errors" at its position.
type reporter struct {
	errs       []Error
	lastSyntax token.Position
	lastOther  token.Position
	lastMsg    string
	tooMany    *Error
	kept       bool // whether the last error added was kept
}

func sameLine(a, b token.Position) bool {
	return a.Line != 0 && a.Filename == b.Filename && a.Line == b.Line
}

// add reports msg at pos.
func (r *reporter) add(pos token.Position, msg string) {
	r.kept = false
	if r.tooMany != nil {
		return
	}
	if strings.HasPrefix(msg, "syntax error") {
		if sameLine(r.lastSyntax, pos) {
			return
		}
		r.lastSyntax = pos
	} else {
		if sameLine(r.lastOther, pos) && r.lastMsg == msg {
			return
		}
		r.lastOther, r.lastMsg = pos, msg
	}
	r.errs = append(r.errs, Error{Filename: pos.Filename, Line: pos.Line, Col: pos.Column, Msg: msg})
	r.kept = true
	if len(r.errs) >= maxErrors {
		r.tooMany = &Error{Filename: pos.Filename, Line: pos.Line, Col: pos.Column, Msg: "too many errors"}
	}
}

// continued adds a continuation line ("\tother declaration of x", as
// go/types reports it separately) to the last error, the way types2 prints
// it: "\n\t./prog.go:6:6: other declaration of x".
func (r *reporter) continued(pos token.Position, msg string) {
	if !r.kept {
		return
	}
	e := &r.errs[len(r.errs)-1]
	name := pos.Filename
	if !strings.Contains(name, "/") {
		name = "./" + name // as the go command prints a file of the current directory
	}
	e.Msg += fmt.Sprintf("\n\t%s:%d:%d: %s", name, pos.Line, pos.Column, strings.TrimPrefix(msg, "\t"))
}

// failed reports whether any error was reported.
func (r *reporter) failed() bool { return len(r.errs) > 0 }

// list returns the errors as gc prints them: stably sorted by position,
// repeated lines printed once, then "too many errors" if it came to that.
func (r *reporter) list() ErrorList {
	errs := slices.Clone(r.errs)
	slices.SortStableFunc(errs, func(a, b Error) int {
		if a.Line != b.Line {
			return a.Line - b.Line
		}
		return a.Col - b.Col
	})
	var out ErrorList
	for i, e := range errs {
		if i == 0 || e.Error() != errs[i-1].Error() {
			out = append(out, e)
		}
	}
	if r.tooMany != nil {
		out = append(out, *r.tooMany)
	}
	return out
}
