// Package stdlib describes the sandbox standard library: the packages a
// program may import (Packages) and their type information, shipped with the
// engine because the browser has no GOROOT.
//
// The type information is the export data of the sandbox packages compiled
// for GOOS=linux GOARCH=amd64 (what `go run` reports as runtime.GOOS and
// GOARCH on our machines; word sizes and alignment are those of wasm too),
// re-encoded with gcexportdata.Write (without
// source positions) into one embedded blob, types.bin. `go generate` rebuilds
// it with the go command on PATH (gen.go, internal/gen); a test checks that
// the checked-in blob matches what the current toolchain produces.
//
// Importer decodes the blob once, on first use, and serves only the sandbox
// paths. Decoding also creates partial packages for dependencies the sandbox
// packages mention (io/fs, internal/..., syscall): they stay unreachable, and
// importing them fails like any other path outside the sandbox.
//
// The packages have types but no function bodies: the interpreter implements
// their functions natively.
package stdlib

//go:generate go run gen.go
