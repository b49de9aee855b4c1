// Package compile turns the source of a single-file Go program into
// type-checked SSA, and reports what is wrong with it the way the Go
// toolchain does.
//
// Compile runs the steps `go run prog.go` runs, in the same order, and stops
// where the toolchain stops:
//
//  1. the go command reads the package clause and imports (a broken header
//     gives go/parser's message, as the go command prints it);
//  2. the package must be main ("package command-line-arguments is not a
//     main package") and every import must be a sandbox package
//     (engine/stdlib): `package "net/http" is not available in the
//     playground; available: bufio, bytes, ...`, at the import's path;
//  3. the compiler parses the file and checks labels and branches: we run a
//     copy of gc's own parser (internal/syntax) for this, so syntax errors
//     are gc's, word for word; go/parser then builds the tree go/types and
//     SSA use;
//  4. go/types checks the file against the sandbox packages, with wasm sizes
//     and the go1.26 language;
//  5. the linker wants func main ("function main is undeclared in the main
//     package").
//
// Errors are an ErrorList, printed like gc prints them: sorted by position,
// one per line ("prog.go:7:2: declared and not used: x"), at most 10 and then
// "prog.go:L:C: too many errors" at the tenth error reported. The go command
// would print the file as "./prog.go" under a "# command-line-arguments"
// header; we print the bare file name and no header.
//
// Where go/types reports an error at another position than types2 (and so
// gc), gcPos moves it; go/types' separate continuation errors ("\tother
// declaration of x") are folded into the error they continue, as types2
// prints them. Known differences are listed in compile_test.go (knownDiffs);
// testdata/errors holds the programs that check all this against `go run`.
//
// A program that compiles yields an ssa.Program: the main package is built
// from source; each sandbox package it imports (and their dependencies) is
// created from types alone, without function bodies, since the interpreter
// implements the standard library natively.
package compile
