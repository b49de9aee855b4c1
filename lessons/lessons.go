// Package lessons is the course a learner reads: lessons in order, each with
// prose and the runnable examples shown beside it.
//
// Lessons are written as markdown files in this directory (01-goroutines.md,
// 02-channels.md, ...) and rendered at build time by package
// interleave/lessons/render. The site ships the rendered course to the
// browser as one JSON document (Encode, Decode). This package holds only the
// data types, so the UI's WebAssembly binary can import it without also
// carrying the markdown renderer.
package lessons

import (
	"encoding/json"
	"fmt"
)

// A Lesson is one page of the course.
type Lesson struct {
	// Slug names the lesson in URLs; it comes from the file name without its
	// order prefix: 01-goroutines.md is "goroutines".
	Slug string `json:"slug"`
	// Title, Order, Summary and Learn come from the front matter.
	Title   string   `json:"title"`
	Order   int      `json:"order"`
	Summary string   `json:"summary"`
	Learn   []string `json:"learn"`
	// HTML is the prose rendered to HTML. Each runnable example appears in it
	// as a short reference to the playground, not as code.
	HTML string `json:"html"`
	// Examples are the runnable code blocks, in the order they appear.
	Examples []Example `json:"examples"`
}

// An Example is a runnable Go program from a lesson.
type Example struct {
	// ID is stable across builds ("goroutines/1"): edits are saved under it.
	ID string `json:"id"`
	// Source is the program as written in the lesson.
	Source string `json:"source"`
}

// Encode returns the course as the JSON document the site serves.
func Encode(ls []Lesson) ([]byte, error) {
	return json.Marshal(ls)
}

// Decode parses a document written by Encode.
func Decode(data []byte) ([]Lesson, error) {
	var ls []Lesson
	if err := json.Unmarshal(data, &ls); err != nil {
		return nil, fmt.Errorf("lessons: decoding the course: %v", err)
	}
	return ls, nil
}
