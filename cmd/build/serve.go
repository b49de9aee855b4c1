// This file serves a built site on loopback, as a static host would.

package main

import (
	"fmt"
	"mime"
	"net"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
)

func init() {
	mime.AddExtensionType(".wasm", "application/wasm")
	mime.AddExtensionType(".webmanifest", "application/manifest+json")
}

// siteHandler serves the site in dir under base the way GitHub Pages does:
// "/x/" serves x/index.html, and "/x" serves x.html when there is no file x.
// Nothing is cached by HTTP: the service worker does the caching.
func siteHandler(dir, base string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := r.URL.Path
		if p+"/" == base {
			p = base
		}
		rest, ok := strings.CutPrefix(p, base)
		if !ok {
			http.NotFound(w, r)
			return
		}
		name := filepath.Join(dir, filepath.FromSlash(path.Clean("/"+rest)))
		if fi, err := os.Stat(name); err == nil && fi.IsDir() {
			name = filepath.Join(name, "index.html")
		} else if err != nil {
			name += ".html"
		}
		f, err := os.Open(name)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		defer f.Close()
		fi, err := f.Stat()
		if err != nil || fi.IsDir() {
			http.NotFound(w, r)
			return
		}
		if ct := mime.TypeByExtension(filepath.Ext(name)); ct != "" {
			w.Header().Set("Content-Type", ct)
		}
		w.Header().Set("Cache-Control", "no-cache")
		http.ServeContent(w, r, name, fi.ModTime(), f)
	})
}

// serve serves the site in dir on addr, which must be a loopback address.
func serve(dir, base, addr string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	if ip := ln.Addr().(*net.TCPAddr).IP; !ip.IsLoopback() {
		ln.Close()
		return fmt.Errorf("-serve %s: serve on a loopback address, such as localhost:8080", addr)
	}
	host := addr
	if h, port, err := net.SplitHostPort(addr); err == nil && (h == "" || h == "127.0.0.1") {
		host = "localhost:" + port
	}
	fmt.Printf("Serving Interleave at http://%s%s (Ctrl+C to stop)\n", host, base)
	return http.Serve(ln, siteHandler(dir, base))
}
