// Copyright 2016 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Package syntax is a copy of the Go compiler's parser
// (cmd/compile/internal/syntax, Go 1.26.8), which cannot be imported. The
// engine parses with it only to report syntax and branch errors in the
// compiler's own words. Files are unchanged except this one, which holds
// what the copied files need from the files left out (dumper.go).
//
// To update: copy branches.go nodes.go operator_string.go parser.go pos.go
// positions.go printer.go scanner.go source.go syntax.go token_string.go
// tokens.go type.go walk.go from $GOROOT/src/cmd/compile/internal/syntax.
package syntax

// writeError wraps locally caught write errors so we can distinguish
// them from genuine panics which we don't want to return as errors.
type writeError struct {
	err error
}
