// This file measures what the wasm binaries cost to download.

package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/andybalholm/brotli"
)

// printSizes writes each file's size raw, gzipped (level 9) and
// brotli-compressed (quality 11), the forms a static host may serve.
func printSizes(w io.Writer, files ...string) error {
	fmt.Fprintf(w, "%-12s %10s %10s %10s\n", "file", "raw", "gzip -9", "brotli 11")
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		var gz, br bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
		zw.Write(b)
		zw.Close()
		bw := brotli.NewWriterLevel(&br, brotli.BestCompression)
		bw.Write(b)
		bw.Close()
		fmt.Fprintf(w, "%-12s %10s %10s %10s\n", filepath.Base(name), mb(len(b)), mb(gz.Len()), mb(br.Len()))
	}
	return nil
}

func mb(n int) string { return fmt.Sprintf("%.2f MB", float64(n)/1e6) }
