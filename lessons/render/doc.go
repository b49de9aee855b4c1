// Package render turns the lesson markdown files into lessons.Lesson values.
//
// A lesson file opens with front matter between two "---" lines, in a small
// subset of YAML: one "key: value" per line, and "learn" as a list of
// "- item" lines:
//
//	---
//	title: Goroutines
//	order: 1
//	summary: Start a function running concurrently with go f().
//	learn:
//	  - what the go statement does
//	  - why main does not wait
//	---
//
// The rest is markdown (CommonMark with GitHub tables and strikethrough),
// rendered by goldmark. A fenced code block whose info string is "go run"
// is a runnable example: it is taken out of the prose into Lesson.Examples
// and leaves behind a link to the playground. Other code blocks stay in the
// prose as static code.
//
// Every error names the file and, where there is one, the line:
// "01-goroutines.md:3: order: want a whole number, have "one"".
package render
