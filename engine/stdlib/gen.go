//go:build ignore

// Gen writes types.bin, the type data of the sandbox packages, using the go
// command on PATH. Run it with `go generate ./engine/stdlib`.
package main

import (
	"log"
	"os"

	"interleave/engine/stdlib"
	"interleave/engine/stdlib/internal/gen"
)

func main() {
	blob, err := gen.Generate(stdlib.Packages)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("types.bin", blob, 0o644); err != nil {
		log.Fatal(err)
	}
}
