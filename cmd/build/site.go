// This file builds the site: the wasm binaries, the assets and the pages.

package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"interleave/app"
	"interleave/lessons"
	"interleave/lessons/render"
)

// moduleRoot returns the directory of the interleave module.
func moduleRoot() (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("finding the module: go env GOMOD: %v", err)
	}
	gomod := strings.TrimSpace(string(out))
	if gomod == "" || gomod == os.DevNull {
		return "", fmt.Errorf("run inside the interleave module")
	}
	return filepath.Dir(gomod), nil
}

// cleanBase checks a -base path and returns it with one leading and one
// trailing slash: "/", "/interleave/".
func cleanBase(base string) (string, error) {
	b := strings.Trim(base, "/")
	if strings.ContainsAny(b, " ?#\\") {
		return "", fmt.Errorf("-base %q: want a path such as /interleave/", base)
	}
	if b == "" {
		return "/", nil
	}
	return "/" + b + "/", nil
}

// wasmTargets are the WebAssembly binaries, by output name.
var wasmTargets = []struct{ file, pkg string }{
	{"app.wasm", "./cmd/app"},       // the go-app UI
	{"engine.wasm", "./cmd/worker"}, // the engine, run in a Web Worker
}

// compileWasm builds the wasm binaries into dir.
func compileWasm(root, dir string) error {
	for _, t := range wasmTargets {
		cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", filepath.Join(dir, t.file), t.pkg)
		cmd.Dir = root
		cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("compiling %s: %v", t.pkg, err)
		}
	}
	return nil
}

// writeSite writes the site for base into out, taking the wasm binaries
// from wasmDir. It replaces out.
func writeSite(root, wasmDir, out, base string) error {
	ls, err := render.Dir(os.DirFS(filepath.Join(root, "lessons")))
	if err != nil {
		return err
	}
	if err := os.RemoveAll(out); err != nil {
		return err
	}
	web := filepath.Join(out, "web")
	if err := os.MkdirAll(web, 0o755); err != nil {
		return err
	}
	// Static assets, the binaries, the worker's wasm_exec.js (it must match
	// the Go that compiled engine.wasm) and the course.
	if err := copyDir(filepath.Join(root, "web"), web); err != nil {
		return err
	}
	for _, t := range wasmTargets {
		if err := copyFile(filepath.Join(wasmDir, t.file), filepath.Join(web, t.file)); err != nil {
			return err
		}
	}
	wasmExec := filepath.Join(runtime.GOROOT(), "lib", "wasm", "wasm_exec.js")
	if err := copyFile(wasmExec, filepath.Join(web, "wasm_exec.js")); err != nil {
		return err
	}
	doc, err := lessons.Encode(ls)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(web, "lessons.json"), doc, 0o644); err != nil {
		return err
	}
	version, err := hashDir(web)
	if err != nil {
		return err
	}

	app.Routes(ls)
	h := handler(ls, base, version)
	if err := goapp.GenerateStaticWebsite(out, h, app.Pages(ls)...); err != nil {
		return fmt.Errorf("generating the pages: %v", err)
	}
	// go-app writes its own copy of wasm_exec.js for app.wasm; use the one
	// from the Go that compiled it.
	return copyFile(wasmExec, filepath.Join(out, "wasm_exec.js"))
}

// hashDir returns a short hash of every file under dir, the site's version:
// the service worker refreshes its cache when it changes.
func hashDir(dir string) (string, error) {
	var names []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			names = append(names, p)
		}
		return err
	})
	if err != nil {
		return "", err
	}
	sort.Strings(names)
	h := sha256.New()
	for _, name := range names {
		f, err := os.Open(name)
		if err != nil {
			return "", err
		}
		rel, _ := filepath.Rel(dir, name)
		fmt.Fprintf(h, "%s\n", rel)
		_, err = io.Copy(h, f)
		f.Close()
		if err != nil {
			return "", err
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}

func copyDir(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		if strings.HasSuffix(p, ".wasm") {
			return nil // stale binaries from elsewhere; ours are copied apart
		}
		return copyFile(p, filepath.Join(dst, rel))
	})
}

func copyFile(src, dst string) error {
	b, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	return os.WriteFile(dst, b, 0o644)
}
