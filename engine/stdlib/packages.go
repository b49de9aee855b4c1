package stdlib

import (
	"slices"
	"strings"
)

// Packages lists the import paths of the sandbox standard library, sorted.
// A program may import these and nothing else. The list is also what the
// "not available" compile error prints.
//
// io and bufio are included because their types appear in the signatures of
// fmt, os, strings and bytes (io.Writer, io.Reader, io.EOF) and learners name
// them; unsafe and cgo are not.
var Packages = []string{
	"bufio",
	"bytes",
	"cmp",
	"container/heap",
	"container/list",
	"container/ring",
	"context",
	"errors",
	"flag",
	"fmt",
	"io",
	"io/fs",
	"iter",
	"log",
	"maps",
	"math",
	"math/bits",
	"math/cmplx",
	"math/rand",
	"math/rand/v2",
	"os",
	"runtime",
	"slices",
	"sort",
	"strconv",
	"strings",
	"sync",
	"sync/atomic",
	"time",
	"unicode",
	"unicode/utf16",
	"unicode/utf8",
}

// Available reports whether path is a sandbox package.
func Available(path string) bool {
	_, ok := slices.BinarySearch(Packages, path)
	return ok
}

// List returns the sandbox packages as the "not available" error prints
// them: "bufio, bytes, cmp, ...".
func List() string {
	return strings.Join(Packages, ", ")
}
