package render

import (
	"os"
	"strings"
	"testing"
	"testing/fstest"
)

const good = `---
title: Goroutines
order: 1
summary: Run things at once.
learn:
  - the go statement
  - why main does not wait
---

Some *prose*.

` + "```go run\npackage main\n\nfunc main() {}\n```" + `

A static block:

` + "```go\ngo f()\n```" + `

` + "```go run\npackage main // two\n```\n"

func TestFile(t *testing.T) {
	l, err := File("01-goroutines.md", []byte(good))
	if err != nil {
		t.Fatal(err)
	}
	if l.Slug != "goroutines" || l.Title != "Goroutines" || l.Order != 1 || l.Summary != "Run things at once." {
		t.Errorf("front matter: got %+v", l)
	}
	if len(l.Learn) != 2 || l.Learn[1] != "why main does not wait" {
		t.Errorf("learn: got %q", l.Learn)
	}
	if len(l.Examples) != 2 {
		t.Fatalf("got %d examples, want 2", len(l.Examples))
	}
	if e := l.Examples[0]; e.ID != "goroutines/1" || e.Source != "package main\n\nfunc main() {}\n" {
		t.Errorf("example 1: got %+v", e)
	}
	if e := l.Examples[1]; e.ID != "goroutines/2" || e.Source != "package main // two\n" {
		t.Errorf("example 2: got %+v", e)
	}
	for _, want := range []string{
		"<em>prose</em>",
		`<pre><code class="language-go">go f()`,
		`<p class="example-ref" data-example="1"><a href="#playground">Example 1</a>`,
		`data-example="2"`,
	} {
		if !strings.Contains(l.HTML, want) {
			t.Errorf("HTML lacks %q:\n%s", want, l.HTML)
		}
	}
	if strings.Contains(l.HTML, "func main") {
		t.Errorf("runnable code left in the prose:\n%s", l.HTML)
	}
}

func TestFileErrors(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"01-a.md", "title: x\n", `01-a.md:1: want front matter opening with a "---" line`},
		{"01-a.md", "---\ntitle: A\norder: one\nsummary: s\n---\n", `01-a.md:3: order: want a whole number from 1, have "one"`},
		{"01-a.md", "---\ntitle: A\ntitel: B\n---\n", `01-a.md:3: unknown key "titel" (want title, order, summary, learn)`},
		{"01-a.md", "---\ntitle: A\norder: 1\n---\n", `01-a.md:4: front matter has no "summary"`},
		{"01-a.md", "---\ntitle: A\norder: 1\nsummary: s\n", `01-a.md:5: front matter is not closed by a "---" line`},
		{"01-a.md", "---\ntitle: A\ntitle: B\n---\n", `01-a.md:3: title: already set on line 2`},
		{"01-a.md", "---\ntitle:\n---\n", `01-a.md:2: title: empty`},
		{"01-a.md", "---\ntitle: A\n  - x\n---\n", `01-a.md:3: list item outside a list`},
		{"01-a.md", "---\nlearn: x\n---\n", `01-a.md:2: learn: want a list of "- item" lines below it`},
		{"goroutines.md", good, `goroutines.md: file name: want "NN-slug.md" (lower case, digits, dashes)`},
	} {
		_, err := File(tc.name, []byte(tc.src))
		if err == nil || err.Error() != tc.want {
			t.Errorf("File(%q, %q):\n got error %v\nwant %s", tc.name, tc.src, err, tc.want)
		}
	}
}

func TestDirOrder(t *testing.T) {
	lesson := func(title, order string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("---\ntitle: " + title + "\norder: " + order + "\nsummary: s\n---\nbody\n")}
	}
	ls, err := Dir(fstest.MapFS{"02-b.md": lesson("B", "2"), "01-a.md": lesson("A", "1")})
	if err != nil {
		t.Fatal(err)
	}
	if len(ls) != 2 || ls[0].Slug != "a" || ls[1].Slug != "b" {
		t.Errorf("got %+v", ls)
	}
	_, err = Dir(fstest.MapFS{"01-a.md": lesson("A", "1"), "02-b.md": lesson("B", "1")})
	if err == nil || err.Error() != "02-b.md: order 1 is also the order of 01-a.md" {
		t.Errorf("duplicate order: got %v", err)
	}
}

// TestCourse renders the real lessons: each must parse and have an example.
func TestCourse(t *testing.T) {
	ls, err := Dir(os.DirFS(".."))
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range ls {
		if l.Order != i+1 {
			t.Errorf("%s: order %d, want %d (no gaps)", l.Slug, l.Order, i+1)
		}
		if len(l.Examples) == 0 {
			t.Errorf("%s: no runnable example", l.Slug)
		}
	}
}
