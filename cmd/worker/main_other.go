//go:build !(js && wasm)

package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "worker: this is the engine for the browser; build it with GOOS=js GOARCH=wasm (make build)")
	os.Exit(2)
}
