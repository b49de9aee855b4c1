// Command build builds the Interleave site and can serve it.
//
// It compiles the UI (cmd/app) and the engine's worker (cmd/worker) to
// WebAssembly, renders lessons/*.md, and writes a static site with go-app's
// GenerateStaticWebsite: a prerendered HTML page per route (readable before
// the WebAssembly loads), the service worker that makes the site work offline
// after one visit, and the assets from web/. Any static host can serve the
// result.
//
// Usage:
//
//	go run ./cmd/build [-out dist] [-base /prefix/] [-serve localhost:8080] [-sizes]
//
// -base builds a site to be hosted under a path, such as GitHub Pages'
// /<repository>/. -serve serves the built site on that address afterwards
// (loopback only), as a static host would. -sizes prints the size of each
// wasm file raw, gzipped and brotli-compressed.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	out := flag.String("out", "dist", "directory to write the site to")
	base := flag.String("base", "/", "path the site is hosted under, such as /interleave/")
	addr := flag.String("serve", "", "after building, serve the site on this loopback address (such as localhost:8080)")
	sizes := flag.Bool("sizes", false, "print the raw, gzip and brotli size of each wasm file")
	flag.Parse()
	if err := run(*out, *base, *addr, *sizes); err != nil {
		fmt.Fprintln(os.Stderr, "build:", err)
		os.Exit(1)
	}
}

func run(out, base, addr string, sizes bool) error {
	root, err := moduleRoot()
	if err != nil {
		return err
	}
	base, err = cleanBase(base)
	if err != nil {
		return err
	}
	wasmDir, err := os.MkdirTemp("", "interleave-wasm")
	if err != nil {
		return err
	}
	defer os.RemoveAll(wasmDir)
	if err := compileWasm(root, wasmDir); err != nil {
		return err
	}
	if err := writeSite(root, wasmDir, out, base); err != nil {
		return err
	}
	fmt.Printf("build: wrote the site to %s (base %s)\n", out, base)
	if sizes {
		if err := printSizes(os.Stdout, filepath.Join(out, "web", "app.wasm"), filepath.Join(out, "web", "engine.wasm")); err != nil {
			return err
		}
	}
	if addr != "" {
		return serve(out, base, addr)
	}
	return nil
}
