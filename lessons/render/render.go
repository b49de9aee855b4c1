// This file holds the entry points: File renders one lesson, Dir the course.

package render

import (
	"bytes"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"interleave/lessons"
)

// runnableInfo is the info string that marks a fenced code block runnable.
const runnableInfo = "go run"

// fileName is the form of a lesson file name: order prefix, slug, ".md".
var fileName = regexp.MustCompile(`^[0-9]+-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$`)

var markdown = goldmark.New(
	goldmark.WithExtensions(extension.Table, extension.Strikethrough),
	goldmark.WithParserOptions(parser.WithAutoHeadingID()),
	// Lessons are our own files: raw HTML (an inline SVG diagram) is allowed.
	goldmark.WithRendererOptions(html.WithUnsafe(),
		renderer.WithNodeRenderers(util.Prioritized(exampleRefRenderer{}, 100))),
)

// File renders the lesson file named name (a base name such as
// "01-goroutines.md") with contents src.
func File(name string, src []byte) (lessons.Lesson, error) {
	m := fileName.FindStringSubmatch(path.Base(name))
	if m == nil {
		return lessons.Lesson{}, &Error{File: name, Msg: `file name: want "NN-slug.md" (lower case, digits, dashes)`}
	}
	fm, body, _, err := splitFrontMatter(name, src)
	if err != nil {
		return lessons.Lesson{}, err
	}
	l := lessons.Lesson{
		Slug:    m[1],
		Title:   fm.Title,
		Order:   fm.Order,
		Summary: fm.Summary,
		Learn:   fm.Learn,
	}
	doc := markdown.Parser().Parse(text.NewReader(body))
	var blocks []*ast.FencedCodeBlock
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if b, ok := n.(*ast.FencedCodeBlock); ok && entering && b.Info != nil &&
			strings.TrimSpace(string(b.Info.Value(body))) == runnableInfo {
			blocks = append(blocks, b)
		}
		return ast.WalkContinue, nil
	})
	for i, b := range blocks {
		var src bytes.Buffer
		for j := 0; j < b.Lines().Len(); j++ {
			line := b.Lines().At(j)
			src.Write(line.Value(body))
		}
		ex := lessons.Example{ID: fmt.Sprintf("%s/%d", l.Slug, i+1), Source: src.String()}
		l.Examples = append(l.Examples, ex)
		b.Parent().ReplaceChild(b.Parent(), b, &exampleRef{N: i + 1})
	}
	var out bytes.Buffer
	if err := markdown.Renderer().Render(&out, body, doc); err != nil {
		return lessons.Lesson{}, &Error{File: name, Msg: err.Error()}
	}
	l.HTML = out.String()
	return l, nil
}

// Dir renders every *.md file in fsys and returns the lessons sorted by
// order. Two lessons with the same order or slug are an error.
func Dir(fsys fs.FS) ([]lessons.Lesson, error) {
	names, err := fs.Glob(fsys, "*.md")
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("render: no lesson files (*.md)")
	}
	var ls []lessons.Lesson
	orders := map[int]string{}
	for _, name := range names {
		src, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		l, err := File(name, src)
		if err != nil {
			return nil, err
		}
		if prev, ok := orders[l.Order]; ok {
			return nil, &Error{File: name, Msg: fmt.Sprintf("order %d is also the order of %s", l.Order, prev)}
		}
		orders[l.Order] = name
		ls = append(ls, l)
	}
	sort.Slice(ls, func(i, j int) bool { return ls[i].Order < ls[j].Order })
	for i := 1; i < len(ls); i++ {
		if ls[i].Slug == ls[i-1].Slug {
			return nil, fmt.Errorf("render: two lessons named %q", ls[i].Slug)
		}
	}
	return ls, nil
}
