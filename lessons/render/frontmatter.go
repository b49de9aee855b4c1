// This file parses a lesson's front matter.

package render

import (
	"fmt"
	"strconv"
	"strings"
)

// frontMatter is the metadata block at the top of a lesson file.
type frontMatter struct {
	Title   string
	Order   int
	Summary string
	Learn   []string
}

// An Error is a problem in a lesson file, at a line when Line > 0.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// splitFrontMatter parses the front matter of src and returns it with the
// markdown body that follows it and the body's first line number.
func splitFrontMatter(file string, src []byte) (fm frontMatter, body []byte, bodyLine int, err error) {
	fail := func(line int, format string, args ...any) (frontMatter, []byte, int, error) {
		return frontMatter{}, nil, 0, &Error{File: file, Line: line, Msg: fmt.Sprintf(format, args...)}
	}
	lines := strings.SplitAfter(string(src), "\n")
	if len(lines) == 0 || strings.TrimRight(lines[0], "\r\n") != "---" {
		return fail(1, `want front matter opening with a "---" line`)
	}
	seen := map[string]int{}
	inLearn := false
	for i := 1; i < len(lines); i++ {
		n := i + 1 // line number
		line := strings.TrimRight(lines[i], "\r\n")
		if line == "---" {
			for _, key := range []string{"title", "order", "summary"} {
				if seen[key] == 0 {
					return fail(n, "front matter has no %q", key)
				}
			}
			return fm, []byte(strings.Join(lines[i+1:], "")), n + 1, nil
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		if item, ok := strings.CutPrefix(strings.TrimSpace(line), "- "); ok && line[0] == ' ' {
			if !inLearn {
				return fail(n, "list item outside a list")
			}
			fm.Learn = append(fm.Learn, strings.TrimSpace(item))
			continue
		}
		inLearn = false
		key, value, ok := strings.Cut(line, ":")
		if !ok || key == "" || key != strings.TrimSpace(key) {
			return fail(n, `want "key: value", have %q`, line)
		}
		if prev := seen[key]; prev > 0 {
			return fail(n, "%s: already set on line %d", key, prev)
		}
		seen[key] = n
		value = strings.TrimSpace(value)
		switch key {
		case "title":
			fm.Title = value
		case "summary":
			fm.Summary = value
		case "order":
			o, err := strconv.Atoi(value)
			if err != nil || o < 1 {
				return fail(n, "order: want a whole number from 1, have %q", value)
			}
			fm.Order = o
		case "learn":
			if value != "" {
				return fail(n, `learn: want a list of "- item" lines below it`)
			}
			inLearn = true
		default:
			return fail(n, "unknown key %q (want title, order, summary, learn)", key)
		}
		if value == "" && key != "learn" {
			return fail(n, "%s: empty", key)
		}
	}
	return fail(len(lines), `front matter is not closed by a "---" line`)
}
